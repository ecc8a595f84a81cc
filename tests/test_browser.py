"""The built site in headless Chromium, served from 127.0.0.1 as a reader would see it.

Every page loads with no console error, no failed request and nothing fetched from outside
127.0.0.1 (no Google Fonts, no CDN); the language selector leads to the same chapter in the other
language; search finds the right chapter first; the copy button copies the example file; a
chapter's first load stays within its budget. Screenshots go to test-artifacts/ for a reviewer.

Needs Debian's Chromium (apt-get install -y chromium). Without it these tests skip, except under
CI=true, where they fail: CI must run them.
"""

import contextlib
import difflib
import os
from urllib.parse import unquote, urlsplit

import pytest
import site_browser as sb
from docs_harness import ROOT, build_site
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import sync_playwright

ARTIFACTS = ROOT / "test-artifacts"
SEARCHES = [  # (start page, what a reader types, the chapter that must come first)
    ("/", "线程", "/threads/"),
    ("/", "锁", "/lock/"),
    ("/en/", "lock", "/en/lock/"),
]
COPIED_SNIPPET = ("/threads/", "snippets/threads/01_start_join.py")
CHAPTERS = [path for _, path in sb.site_urls() if path not in ("/", "/en/")]
SCREENSHOTS = ["/", "/threads/", "/en/", "/en/threads/"]  # written to test-artifacts/screenshots/


@pytest.fixture(scope="module", autouse=True)
def chromium():
    if sb.chromium_path() is None:
        message = f"no Chromium for the browser tests: {sb.INSTALL_HINT}"
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true and {message}", pytrace=False)
        pytest.skip(message)


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    site = tmp_path_factory.mktemp("browser-site")
    result = build_site(site)
    if result.returncode != 0:
        pytest.fail(f"mkdocs build --strict failed:\n{result.stderr}{result.stdout}", pytrace=False)
    with sb.serve(site) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        browser = sb.launch(playwright)
        yield browser
        browser.close()


@pytest.fixture
def context(browser):
    """A fresh browser context (empty cache, no cookies) that records its traffic."""
    context = browser.new_context(
        viewport=sb.VIEWPORT, permissions=["clipboard-read", "clipboard-write"]
    )
    context.traffic = sb.watch(context)
    yield context
    context.close()


def open_page(context, base_url, path, idle=True):
    """Open ``path``; with ``idle``, also wait until the network is quiet (the search worker
    fetches its index and lunr's language files after the load event)."""
    page = context.new_page()
    response = page.goto(base_url + path, wait_until="load")
    assert response is not None and response.ok, (
        f"{path}: HTTP {response and response.status} for the page itself"
    )
    if idle:
        page.wait_for_load_state("networkidle")
    return page


def path_of(url: str) -> str:
    return unquote(urlsplit(url).path)


@pytest.mark.parametrize(("lang", "path"), sb.site_urls(), ids=lambda v: v)
def test_page_loads_cleanly_within_budget(browser, base_url, lang, path):
    """A first load in a fresh context: right language, no problem, chapters within budget.
    The home pages and the Threads chapter are saved as screenshots for a reviewer."""
    shot = ARTIFACTS / "screenshots" / f"{lang}-{path.removeprefix('/en').strip('/') or 'home'}.png"
    shot = shot if path in SCREENSHOTS else None
    load = sb.first_load(browser, base_url + path, shot)
    assert shot is None or shot.stat().st_size > 10_000, f"{shot} looks empty"
    assert load.lang == lang, f"{path}: <html lang> is {load.lang!r}, not {lang}"
    problems = load.traffic.problems()
    assert not problems, f"{path} in {lang}:\n  " + "\n  ".join(problems)
    if path in CHAPTERS:
        listing = "\n  ".join(f"{sent:>8} B  {url}" for url, sent, _ in load.resources)
        assert load.transferred <= sb.BUDGET_BYTES and load.requests <= sb.BUDGET_REQUESTS, (
            f"{path} first load: {load.transferred} B in {load.requests} requests, budget "
            f"{sb.BUDGET_BYTES} B and {sb.BUDGET_REQUESTS} requests:\n  {listing}"
        )


@pytest.mark.parametrize("path", [p for p in CHAPTERS if not p.startswith("/en/")])
def test_language_selector_keeps_the_chapter(context, base_url, path):
    twin = "/en" + path
    page = open_page(context, base_url, path, idle=False)
    for here, there, lang in ((path, twin, "en"), (twin, path, "zh")):
        page.locator(".md-header .md-select > button").click()  # the translate icon
        link = page.locator(f".md-header a.md-select__link[hreflang={lang}]")
        href = link.get_attribute("href")
        with page.expect_navigation(wait_until="load") as navigation:
            link.click()
        status = navigation.value.status if navigation.value else None
        assert path_of(page.url) == there and status == 200, (
            f"language selector on {here} ({lang}: href={href!r}) led to "
            f"{path_of(page.url)} (HTTP {status}), not {there}"
        )
        assert page.locator("html").get_attribute("lang") == lang, (
            f"{there}: <html lang> is not {lang}"
        )


@pytest.mark.parametrize(("start", "query", "expected"), SEARCHES, ids=[q for _, q, _ in SEARCHES])
def test_search_lists_the_chapter_first(context, base_url, start, query, expected):
    page = open_page(context, base_url, start, idle=False)
    box = page.locator("input.md-search__input")
    box.click()
    page.keyboard.type(query, delay=30)
    # Chinese arrives as committed text (as from an input method), which fires no keyup, and
    # Material searches on keyup: End is the key that ends the input, as a reader's would.
    page.keyboard.press("End")
    # Wait for the results of the whole query, not of its first letters; if they never come,
    # read whatever is listed: the assertion below says what it is.
    with contextlib.suppress(PlaywrightTimeout):
        page.wait_for_function(
            """query => {
                const a = document.querySelector('.md-search-result__list > li > a');
                return a && new URL(a.href).searchParams.get('h') === query;
            }""",
            arg=query,
            timeout=sb.TIMEOUT_MS,
        )
    links = page.locator(".md-search-result__list > li.md-search-result__item > a")
    found = [path_of(href) for href in links.evaluate_all("els => els.map(a => a.href)")]
    meta = page.locator(".md-search-result__meta").inner_text()
    assert found and found[0] == expected, (
        f"searching {query!r} on {start}: first result is "
        f"{found[0] if found else 'nothing'}, not {expected} ({meta}; all: {found})"
    )


def test_copy_button_copies_the_example(context, base_url):
    path, snippet = COPIED_SNIPPET
    page = open_page(context, base_url, path, idle=False)
    block = page.locator("div.highlight").filter(
        has=page.locator("span.filename", has_text=snippet)
    )
    assert block.count() == 1, f"{path}: no single code block titled {snippet}"
    block.hover()
    block.locator("button[data-clipboard-target]").click()
    page.locator(".md-dialog--active").wait_for()  # Material's "copied" notice
    copied = page.evaluate("navigator.clipboard.readText()")
    # Material trims trailing whitespace from what it copies (the file ends with a newline).
    expected = (ROOT / snippet).read_text(encoding="utf-8").rstrip()
    diff = "\n".join(difflib.unified_diff(expected.split("\n"), copied.split("\n"), lineterm=""))
    assert copied == expected, f"copy button on {path} did not copy {snippet}:\n{diff}"
