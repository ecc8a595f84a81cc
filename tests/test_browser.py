"""The built site in headless Chromium, served from 127.0.0.1 as a reader would see it.

Every page loads with no console error, no failed request and nothing fetched from outside
127.0.0.1 (no Google Fonts, no CDN); the language selector leads to the same chapter in the other
language; search finds the right chapter first; the copy button copies the example file; a
chapter's first load stays within its budget. Screenshots go to test-artifacts/ for a reviewer.

Needs Debian's Chromium (apt-get install -y chromium). Without it these tests skip, except under
CI=true, where they fail: CI must run them.
"""

import difflib
import os
import re
import shutil
from urllib.parse import unquote, urlsplit

import pytest
import site_browser as sb
from docs_harness import ROOT
from playwright.sync_api import sync_playwright

pytestmark = pytest.mark.browser
ARTIFACTS = ROOT / "test-artifacts"
SEARCHES = [  # (start page, what a reader types, the chapter that must come first)
    ("/", "多线程", "/threads/"),
    ("/", "线程池", "/executors/"),
    ("/", "锁", "/lock/"),
    ("/", "死锁", "/lock/"),  # a 2-character word inside longer text
    ("/", "局部", "/threadlocal/"),  # 2 characters inside the compound 线程局部数据
    ("/", "Lock", "/lock/"),  # English terms typed on the Chinese site find the Chinese chapter
    ("/", "GIL", "/processes/"),
    ("/", "threading.local", "/threadlocal/"),
    ("/en/", "lock", "/en/lock/"),
    ("/en/", "queues", "/en/communication/"),  # plurals and -ing forms: lunr's stemmer broke them
    ("/en/", "start methods", "/en/processes/"),
    ("/en/", "proxies", "/en/distributed/"),
    ("/en/", "futures", "/en/executors/"),
    ("/en/", "lost updates", "/en/lock/"),  # several words
    ("/en/", "daemon threads", "/en/threads/"),
]
COPIED_SNIPPET = ("/threads/", "snippets/threads/01_start_join.py")
CHAPTERS = [path for _, path in sb.site_urls() if path not in ("/", "/en/")]
SCREENSHOTS = ["/", "/threads/", "/en/", "/en/threads/"]  # written to test-artifacts/screenshots/


@pytest.fixture(scope="module", autouse=True)
def chromium():
    if sb.chromium_path() is None:
        message = f"no Chromium for the browser tests: {sb.chromium_path.message}"
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true and {message}", pytrace=False)
        pytest.skip(message)


@pytest.fixture(scope="module")
def base_url(site_build):
    if site_build.returncode != 0:
        pytest.fail(f"mkdocs build --strict failed:\n{site_build.output}", pytrace=False)
    with sb.serve(site_build.site) as url:
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


@pytest.fixture(scope="module")
def reader(browser, base_url):
    """A reader's tab, reused from test to test: ``reader(path)`` opens ``path`` in it.

    A new tab costs a new renderer process, about three times the CPU of opening the next page
    in the same tab; these tests only read and click the page they open, which a load resets."""
    page = sb.new_tab(browser, permissions=["clipboard-read", "clipboard-write"])

    def open_path(path):
        response = page.goto(base_url + path, wait_until="load")
        assert response is not None and response.ok, (
            f"{path}: HTTP {response and response.status} for the page itself"
        )
        return page

    yield open_path
    page.context.close()


def path_of(url: str) -> str:
    return unquote(urlsplit(url).path)


@pytest.fixture(scope="module")
def first_visit(browser):
    tab = sb.FirstVisitTab(browser)
    yield tab
    tab.close()


@pytest.mark.parametrize(("lang", "path"), sb.site_urls(), ids=lambda v: v)
def test_page_loads_cleanly_within_budget(first_visit, base_url, lang, path):
    """A first load, as with an empty cache: right language, no problem, chapters within budget.
    The home pages and the Threads chapter are saved as screenshots for a reviewer."""
    shot = ARTIFACTS / "screenshots" / f"{lang}-{path.removeprefix('/en').strip('/') or 'home'}.png"
    shot = shot if path in SCREENSHOTS else None
    load = first_visit.load(base_url + path, shot)
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
def test_language_selector_keeps_the_chapter(reader, path):
    twin = "/en" + path
    page = reader(path)
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


@pytest.mark.parametrize(
    ("start", "query", "expected"), SEARCHES, ids=[f"{s}{q}" for s, q, _ in SEARCHES]
)
def test_search_lists_the_chapter_first(reader, start, query, expected):
    page = reader(start)
    found, meta = sb.search(page, query)
    assert found and path_of(found[0]) == expected, (
        f"searching {query!r} on {start}: first result is "
        f"{path_of(found[0]) if found else 'nothing'}, not {expected} ({meta}; all: "
        f"{[path_of(u) for u in found]})"
    )


def test_copy_button_copies_the_example(reader):
    path, snippet = COPIED_SNIPPET
    page = reader(path)
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


# --- accessibility ------------------------------------------------------------------------

SERIOUS = ("serious", "critical")
COLOUR_RULES = ["color-contrast", "link-in-text-block"]
CODE_LINES = ".highlight code > span"  # the highlighted tokens; the block, its buttons stay in


SCHEMES = {"light": "default", "dark": "slate"}  # Material's data-md-color-scheme


@pytest.fixture(scope="module")
def shown_in(browser, base_url):
    """One tab reused from test to test: ``shown_in(path, scheme)`` opens ``path`` (unless it is
    open) and switches the colour scheme with the header's toggle, as a reader does. Light and
    dark of one page then cost one load; the tests only read the page."""
    page = sb.new_tab(browser)
    # Search builds its index in a worker after each load (0.6 CPU-s) and these tests never type:
    # they get the real index without its pages. (Without any index, Material's scripts stop
    # answering the colour toggle.)
    empty_index = []

    def no_pages(route):
        if not empty_index:
            index = route.fetch().json()
            empty_index.append({**index, "docs": []})
        route.fulfill(json=empty_index[0])

    page.context.route("**/search_index.json", no_pages)

    def show(path, scheme):
        url = base_url + path
        if page.url != url:
            response = page.goto(url, wait_until="load")
            assert response is not None and response.ok, (
                f"{path}: HTTP {response and response.status}"
            )
        body = page.locator("body")
        if body.get_attribute("data-md-color-scheme") != SCHEMES[scheme]:
            page.locator("form[data-md-component=palette] label:not([hidden])").click()
            page.locator(f"body[data-md-color-scheme={SCHEMES[scheme]}]").wait_for()
        # Material turns transitions off while it switches colours; wait until it is done.
        page.wait_for_function("() => !document.body.hasAttribute('data-md-color-switching')")
        return page

    yield show
    page.context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize(("lang", "path"), sb.site_urls(), ids=lambda v: v)
def test_page_has_no_serious_accessibility_violation(shown_in, lang, path, scheme):
    """axe-core (bundled by axe-playwright-python) finds nothing serious or critical. Dark mode
    changes only colours, so there axe runs its colour rules only. The lines inside code blocks
    are left to test_code_colours_meet_contrast: their thousands of tokens were most of axe's time
    (7 s of 9 on a long page), and their colours come from one palette, checked there in full.
    The code block itself, its file name and its copy button are still checked here."""
    from axe_playwright_python.sync_playwright import Axe

    page = shown_in(path, scheme)
    options = {"resultTypes": ["violations"]}
    if scheme == "dark":
        options["runOnly"] = {"type": "rule", "values": COLOUR_RULES}
    found = Axe().run(page, context={"exclude": [[CODE_LINES]]}, options=options)
    violations = [v for v in found.response["violations"] if v["impact"] in SERIOUS]
    report = [
        f"{v['impact']}: {v['id']} ({v['help']}) at "
        + "; ".join(" ".join(node["target"]) for node in v["nodes"][:3])
        + (f" and {len(v['nodes']) - 3} more" if len(v["nodes"]) > 3 else "")
        for v in violations
    ]
    assert not violations, f"{path} ({lang}, {scheme}):\n  " + "\n  ".join(report)


CODE_COLOURS = [
    "--md-code-fg-color",
    *(
        f"--md-code-hl-{name}-color"
        for name in [
            "number",
            "special",
            "function",
            "constant",
            "keyword",
            "string",
            "name",
            "operator",
            "punctuation",
            "comment",
            "generic",
            "variable",
        ]
    ),
]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_code_colours_meet_contrast(shown_in, scheme):
    """Every colour of the code palette against the code background: WCAG AA, 4.5:1."""
    page = shown_in("/threads/", scheme)
    ratios = page.evaluate(
        """names => {
            const probe = document.createElement("span");
            document.querySelector("article").append(probe);
            const colour = value => {
                probe.style.color = value;
                const [r, g, b, a = 1] = getComputedStyle(probe).color.match(/[\\d.]+/g).map(Number);
                return [r, g, b, a];
            };
            const over = ([r, g, b, a], [R, G, B]) =>
                [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a)];
            const page_bg = colour("var(--md-default-bg-color)");
            const bg = over(colour("var(--md-code-bg-color)"), page_bg);
            const lum = rgb => {
                const [r, g, b] = rgb.map(c => {
                    c /= 255;
                    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
                });
                return 0.2126 * r + 0.7152 * g + 0.0722 * b;
            };
            const ratio = (x, y) => {
                const [hi, lo] = [lum(x), lum(y)].sort((a, b) => b - a);
                return (hi + 0.05) / (lo + 0.05);
            };
            const ratios = names.map(n => [n, ratio(over(colour(`var(${n})`), bg), bg)]);
            probe.remove();
            return Object.fromEntries(ratios);
        }""",
        CODE_COLOURS,
    )
    low = {name: round(r, 2) for name, r in ratios.items() if r < 4.5}
    assert not low, f"code colours below 4.5:1 in {scheme} mode (docs/assets/extra.css): {low}"


def test_keyboard_reaches_search_language_and_copy(reader):
    """Without a mouse: / opens search and Enter opens the first result; Tab reaches the language
    selector and Enter follows it; Tab reaches a copy button and Enter copies."""
    page = reader("/")
    found, _ = sb.search(page, "多线程")
    assert found, "searching 多线程 with the keyboard found nothing"
    with page.expect_navigation(wait_until="load"):
        page.keyboard.press("Enter")
    assert path_of(page.url) == "/threads/", f"Enter on the first result led to {page.url}"

    def tab_to(selector, limit=60):
        for _ in range(limit):
            page.keyboard.press("Tab")
            if page.evaluate("sel => document.activeElement.matches(sel)", selector):
                return
        pytest.fail(f"{limit} presses of Tab on {path_of(page.url)} never reached {selector}")

    tab_to(".md-header a.md-select__link[hreflang=en]")
    with page.expect_navigation(wait_until="load"):
        page.keyboard.press("Enter")
    assert path_of(page.url) == "/en/threads/", f"Enter on the language link led to {page.url}"

    path, snippet = COPIED_SNIPPET
    reader(path)
    block = page.locator("div.highlight").filter(
        has=page.locator("span.filename", has_text=snippet)
    )
    button = block.locator("button[data-md-type=copy]")
    # Focus whatever comes just before the copy button in the tab order, then press Tab.
    button.evaluate(
        """button => {
            const order = [...document.querySelectorAll('a[href], button, input, [tabindex]')]
                .filter(el => el.tabIndex >= 0 && !el.disabled);
            order[order.indexOf(button) - 1].focus();
        }"""
    )
    page.keyboard.press("Tab")
    assert button.evaluate("b => b === document.activeElement"), (
        f"Tab did not reach the copy button of {snippet}"
    )
    page.keyboard.press("Enter")
    page.locator(".md-dialog--active").wait_for()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == (ROOT / snippet).read_text(encoding="utf-8").rstrip(), (
        f"Enter on the copy button of {snippet} copied something else"
    )


# --- Chinese typography as rendered ------------------------------------------------------

GAP = r"[\u4e00-\u9fff] [\u4e00-\u9fff]|[，。：；！？、）」』”] "


@pytest.mark.parametrize("path", [p for lang, p in sb.site_urls() if lang == "zh"])
def test_chinese_paragraphs_render_without_stray_spaces(reader, path):
    """Chromium shows a line break inside a Chinese paragraph as a space: none may be left."""
    page = reader(path)
    texts = page.evaluate(
        """() => [...document.querySelectorAll('article p, article li, article td')].map(el => {
            const copy = el.cloneNode(true);
            // a code span stands for a word: it keeps the spaces around it
            copy.querySelectorAll('code, pre, svg, .md-clipboard').forEach(c => c.replaceWith('X'));
            return copy.innerText;
        })"""
    )
    gaps = []
    for text in texts:
        for m in re.finditer(GAP, text):
            gaps.append(f"...{text[max(0, m.start() - 15) : m.end() + 15]}...".replace("\n", " "))
    assert not gaps, f"{path}: stray spaces in Chinese text (a line break in the source?):\n  " + (
        "\n  ".join(gaps[:10])
    )


# --- the offline copy ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def offline_url(offline_build, tmp_path_factory):
    """The offline zip, unzipped as a reader would, as a file:// URL of its folder."""
    from offline_copy import make_zip

    if offline_build.returncode != 0:
        pytest.fail(f"OFFLINE=true mkdocs build failed:\n{offline_build.output}", pytrace=False)
    folder = tmp_path_factory.mktemp("offline")
    archive = make_zip(offline_build.site, folder / "offline.zip")
    unzipped = folder / "unzipped"
    shutil.unpack_archive(archive, unzipped)
    size_mb = archive.stat().st_size / 1e6
    for home in (ROOT / "docs/index.zh.md", ROOT / "docs/index.en.md"):
        stated = re.search(r"offline\.zip[，,] ?(?:约|about) ([\d.]+) MB", home.read_text("utf-8"))
        assert stated and abs(float(stated.group(1)) - size_mb) <= 0.15, (
            f"{home.relative_to(ROOT)}: the offline link should give the zip's size, "
            f"{size_mb:.1f} MB (it says {stated and stated.group(0)!r})"
        )
    return (unzipped / offline_build.site.name).as_uri()


def test_offline_copy_works_from_files(context, offline_url):
    """Opened from file://: navigation, language switch, search in both languages, copy button,
    and not one request that leaves the machine."""
    traffic = context.traffic
    page = context.new_page()
    page.goto(offline_url + "/index.html", wait_until="load")
    page.locator(".md-nav__link[href$='threads.html']").first.click()
    page.wait_for_load_state("load")
    assert page.url.endswith("/threads.html"), f"the nav link led to {page.url}"
    page.locator(".md-header .md-select > button").click()
    with page.expect_navigation(wait_until="load"):
        page.locator(".md-header a.md-select__link[hreflang=en]").click()
    assert page.url.endswith("/en/threads.html"), f"the language link led to {page.url}"
    for start, query, expected in (
        ("/index.html", "多线程", "/threads.html"),
        ("/en/index.html", "daemon threads", "/en/threads.html"),
    ):
        page.goto(offline_url + start, wait_until="load")
        found, meta = sb.search(page, query)
        assert found and path_of(found[0]).endswith(expected), (
            f"offline search for {query!r} on {start}: {found[:3]} ({meta})"
        )
    _, snippet = COPIED_SNIPPET
    page.goto(offline_url + "/threads.html", wait_until="load")
    block = page.locator("div.highlight").filter(
        has=page.locator("span.filename", has_text=snippet)
    )
    block.hover()
    block.locator("button[data-clipboard-target]").click()
    page.locator(".md-dialog--active").wait_for()
    assert (
        page.evaluate("navigator.clipboard.readText()")
        == (ROOT / snippet).read_text(encoding="utf-8").rstrip()
    ), "the offline copy button copied something else"
    leaving = [url for url in traffic.requests if not url.startswith(("file:", "data:", "blob:"))]
    assert not leaving and not traffic.console, (
        f"offline copy: requests {leaving}, console errors {traffic.console}"
    )
