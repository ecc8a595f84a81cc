"""The built site in headless Chromium, served from 127.0.0.1 as a reader would see it.

Each page is visited once, as on a reader's first visit, and every per-page check reads that
visit: a clean load within budget (nothing fetched from outside 127.0.0.1, no console error, the
search index left for the first search), the language selector's link to its twin, axe-core in
light and dark mode, no stray gaps in Chinese text, and how it reads on a 390 px phone. The tests
of one page run in one test worker (xdist groups), so a page is loaded once. Then search typed on
the keyboard in both languages, the copy button, keyboard use and the offline zip.

Needs Chromium (harness/browser_choice.py). Without it these tests skip, except under CI=true,
where they fail: CI must run them.
"""

import contextlib
import difflib
import os
import re
import shutil
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from playwright.sync_api import sync_playwright

from harness import browser as sb
from harness import page_checks as pc
from harness import reuse
from harness.missing import not_here
from harness.paths import ROOT

pytestmark = pytest.mark.browser
ARTIFACTS = ROOT / "test-artifacts"
SEARCHES = [  # (start page, what a reader types, the chapter that must come first)
    ("/", "多线程", "/threads/"),
    ("/", "线程池", "/executors/"),
    ("/", "锁", "/lock/"),
    ("/", "死锁", "/lock/"),  # a 2-character word inside longer text
    ("/", "本地", "/threadlocal/"),  # 2 characters inside the compound 线程本地数据
    (
        "/",
        "Lock",
        "/lock/",
    ),  # English terms typed on the Chinese site find the Chinese chapter
    ("/", "GIL", "/gil/"),  # the chapter named after it
    ("/", "threading.local", "/threadlocal/"),
    ("/en/", "lock", "/en/lock/"),
    (
        "/en/",
        "queues",
        "/en/communication/",
    ),  # plurals and -ing forms: lunr's stemmer broke them
    ("/en/", "start methods", "/en/processes/"),
    ("/en/", "proxies", "/en/distributed/"),
    ("/en/", "futures", "/en/executors/"),
    ("/en/", "lost updates", "/en/lock/"),  # several words
    ("/en/", "daemon threads", "/en/threads/"),
]
COPIED_SNIPPET = ("/threads/", "snippets/threads/01_start_join.py")
PAGES = sb.site_urls()
CHAPTERS = [path for _, path in PAGES if path not in ("/", "/en/")]
SCREENSHOTS = ["/", "/threads/", "/en/", "/en/threads/"]  # test-artifacts/screenshots/
COLOURS_ON = (
    "/threads/"  # the page whose code palette is measured (one palette site-wide)
)


def per_page(lang_paths):
    """Parameters for per-page tests: one xdist group per page, so one worker visits it once."""
    return [
        pytest.param(lang, path, marks=pytest.mark.xdist_group(path))
        for lang, path in lang_paths
    ]


def path_of(url: str) -> str:
    return unquote(urlsplit(url).path)


@pytest.fixture(scope="module", autouse=True)
def chromium():
    if sb.chromium_path() is None:
        not_here("no Chromium for the browser tests")


@pytest.fixture(scope="module")
def base_url(site_build):
    if site_build.returncode != 0:
        pytest.fail(
            f"properdocs build --strict failed:\n{site_build.output}", pytrace=False
        )
    with sb.serve(site_build.site) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        browser = sb.launch(playwright)
        yield browser
        browser.close()


@dataclass
class Visit:
    load: sb.Load
    language_link: str | None = None
    gaps: list = field(default_factory=list)
    axe: dict = field(default_factory=dict)
    colours: dict = field(default_factory=dict)
    phone: dict = field(default_factory=dict)


def visit_page(tab: sb.FirstVisitTab, base_url: str, lang: str, path: str) -> Visit:
    """One first visit of ``path``, and every check that reads a loaded page."""
    shot = (
        ARTIFACTS
        / "screenshots"
        / f"{lang}-{path.removeprefix('/en').strip('/') or 'home'}.png"
    )
    visit = Visit(tab.load(base_url + path, shot if path in SCREENSHOTS else None))
    page = tab.page
    if lang == "zh":
        visit.gaps = pc.chinese_gaps(page)
    other = "en" if lang == "zh" else "zh"
    page.locator(".md-header .md-select > button").click()  # the translate icon
    link = page.locator(f".md-header a.md-select__link[hreflang={other}]")
    if link.is_visible():
        visit.language_link = path_of(urljoin(page.url, link.get_attribute("href")))
    page.keyboard.press("Escape")
    # the menu shows while its button has focus or the pointer: move on, wait until it is gone
    page.evaluate("() => document.activeElement.blur()")
    page.mouse.move(0, sb.VIEWPORT["height"] - 1)
    page.wait_for_function(
        "() => getComputedStyle(document.querySelector('.md-header .md-select__inner'))"
        ".opacity === '0'"
    )
    for scheme in ("light", "dark"):
        pc.switch_scheme(page, scheme)
        visit.axe[scheme] = pc.axe_violations(page, scheme)
        if path == COLOURS_ON:
            visit.colours[scheme] = pc.code_colour_ratios(page)
    pc.switch_scheme(page, "light")
    page.set_viewport_size(pc.PHONE)
    page.wait_for_function("() => innerWidth === 390")
    visit.phone = pc.phone_report(page)
    (ARTIFACTS / "phone").mkdir(parents=True, exist_ok=True)
    for k, figure in enumerate(page.locator("article figure.diagram").all()):
        name = f"{lang}-{path.removeprefix('/en').strip('/') or 'home'}-{k + 1}.png"
        figure.screenshot(path=str(ARTIFACTS / "phone" / name))
    page.set_viewport_size(sb.VIEWPORT)
    page.evaluate(
        "() => { localStorage.clear(); sessionStorage.clear(); }"
    )  # the palette
    return visit


def visit_from(data: dict) -> Visit:
    load = data.pop("load")
    traffic = sb.Traffic(**load.pop("traffic"))
    return Visit(load=sb.Load(traffic=traffic, **load), **data)


def files_behind(base_url: str, urls: list[str]) -> list[str]:
    """The built files behind the local URLs a visit requested."""
    found = []
    for url in urls:
        if url.startswith(base_url):
            name = unquote(urlsplit(url).path).lstrip("/")
            found.append(
                name + "index.html" if name == "" or name.endswith("/") else name
            )
    return sorted(set(found))


@pytest.fixture(scope="module")
def visits(request, base_url, site_build):
    """``visits(lang, path)``: the page's one visit in this worker, made on first use. A visit
    is kept in .cache/runs/ with the digest of every built file it requested (the page, its
    CSS, scripts and images) and reused while those files, the browser, this file and the
    harness are unchanged: an edit to one chapter visits that chapter again, not the site
    (nothing from an earlier run under CI=true; harness/reuse.py)."""
    done, tabs = {}, []
    chromium = Path(os.path.realpath(sb.chromium_path()))
    browser_key = reuse.data_key(
        f"{chromium}|{chromium.stat().st_size}|{chromium.stat().st_mtime_ns}",
        Path(__file__).read_text(encoding="utf-8"),
    )
    site = site_build.site

    def get(lang, path):
        if path in done:
            return done[path]
        name = reuse.enabled() and reuse.data_key(browser_key, lang, path)
        if name and (data := reuse.kept_while_unchanged(name, site)) is not None:
            done[path] = visit_from(data)
            return done[path]
        if not tabs:  # the browser starts only when a page must really be visited
            tabs.append(sb.FirstVisitTab(request.getfixturevalue("browser")))
        tab = tabs[0]
        done[path] = visit_page(tab, base_url, lang, path)
        if name:
            files = files_behind(base_url, tab.traffic.requests)
            reuse.keep_with_files(name, asdict(done[path]), site, files)
        return done[path]

    yield get
    for tab in tabs:  # the browser, asked for later, may already be closed
        with contextlib.suppress(Exception):
            tab.close()


@pytest.mark.parametrize(("lang", "path"), per_page(PAGES))
def test_page_loads_cleanly_within_budget(visits, lang, path):
    """A first load, as with an empty cache: right language, no problem, chapters within budget,
    and nothing of search fetched until the reader searches."""
    load = visits(lang, path).load
    assert load.lang == lang, f"{path}: <html lang> is {load.lang!r}, not {lang}"
    problems = load.traffic.problems()
    assert not problems, f"{path} in {lang}:\n  " + "\n  ".join(problems)
    eager = [url for url in load.traffic.requests if any(d in url for d in sb.DEFERRED)]
    assert not eager, (
        f"{path}: fetched on load, before any search: {eager} (overrides/main.html)"
    )
    if path in CHAPTERS:
        listing = "\n  ".join(f"{sent:>8} B  {url}" for url, sent, _ in load.resources)
        assert (
            load.transferred <= sb.BUDGET_BYTES and load.requests <= sb.BUDGET_REQUESTS
        ), (
            f"{path} first load: {load.transferred} B in {load.requests} requests, budget "
            f"{sb.BUDGET_BYTES} B and {sb.BUDGET_REQUESTS} requests:\n  {listing}"
        )


@pytest.mark.parametrize(("lang", "path"), per_page(PAGES))
def test_language_selector_leads_to_the_twin(visits, lang, path):
    """The header's language menu opens and links the same page in the other language (the
    twin's own load is checked by its test above; the keyboard test follows one link)."""
    twin = path.removeprefix("/en") or "/" if lang == "en" else "/en" + path
    found = visits(lang, path).language_link
    assert found == twin, f"{path}: the language menu links {found!r}, not {twin}"


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize(("lang", "path"), per_page(PAGES))
def test_page_has_no_serious_accessibility_violation(visits, lang, path, scheme):
    """axe-core (bundled by axe-playwright-python) finds nothing serious or critical."""
    found = visits(lang, path).axe[scheme]
    assert not found, f"{path} ({lang}, {scheme}):\n  " + "\n  ".join(found)


@pytest.mark.parametrize(("lang", "path"), per_page([p for p in PAGES if p[0] == "zh"]))
def test_chinese_paragraphs_render_without_stray_spaces(visits, lang, path):
    """Chromium shows a line break inside a Chinese paragraph as a space: none may be left."""
    gaps = visits(lang, path).gaps
    assert not gaps, (
        f"{path}: stray spaces in Chinese text (a line break in the source?):\n  "
        + ("\n  ".join(gaps[:10]))
    )


@pytest.mark.parametrize(("lang", "path"), per_page(PAGES))
def test_page_reads_on_a_phone(visits, lang, path):
    """At 390 px: every diagram label renders at 11 px or more, the header's title is not cut
    short, and output blocks wrap instead of scrolling sideways (screenshots of each diagram in
    test-artifacts/phone/)."""
    problems = pc.phone_problems(visits(lang, path).phone)
    assert not problems, f"{path} ({lang}) on a 390 px phone:\n  " + "\n  ".join(
        problems
    )


@pytest.mark.xdist_group(COLOURS_ON)
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_code_colours_meet_contrast(visits, scheme):
    """Every colour of the code palette against the code background: WCAG AA, 4.5:1."""
    ratios = visits("zh", COLOURS_ON).colours[scheme]
    low = {name: round(r, 2) for name, r in ratios.items() if r < 4.5}
    assert not low, (
        f"code colours below 4.5:1 in {scheme} mode (docs/assets/extra.css): {low}"
    )


# --- search, copying, the keyboard: a reader's own tab --------------------------------------


@pytest.fixture(scope="module")
def reader(browser, base_url):
    """A reader's tab, reused from test to test: ``reader(path)`` opens ``path`` in it, unless
    it is open already (then search starts from the page as it is)."""
    page = sb.new_tab(browser, permissions=["clipboard-read", "clipboard-write"])

    def open_path(path, again=False):
        if again or path_of(page.url) != path:
            response = page.goto(base_url + path, wait_until="load")
            assert response is not None and response.ok, (
                f"{path}: HTTP {response and response.status} for the page itself"
            )
        else:
            page.keyboard.press("Escape")  # close the search dialog of the last query
        return page

    yield open_path
    page.context.close()


@pytest.mark.parametrize(
    ("start", "query", "expected"),
    [
        pytest.param(*s, marks=pytest.mark.xdist_group("search" + s[0]))
        for s in SEARCHES
    ],
    ids=[f"{s}{q}" for s, q, _ in SEARCHES],
)
def test_search_lists_the_chapter_first(reader, start, query, expected):
    page = reader(start)
    found, meta = sb.search(page, query)
    assert found and path_of(found[0]) == expected, (
        f"searching {query!r} on {start}: first result is "
        f"{path_of(found[0]) if found else 'nothing'}, not {expected} ({meta}; all: "
        f"{[path_of(u) for u in found]})"
    )


def copy_with(page, snippet, press_enter=False) -> str:
    block = page.locator("div.highlight").filter(
        has=page.locator("span.filename", has_text=snippet)
    )
    assert block.count() == 1, (
        f"{path_of(page.url)}: no single code block titled {snippet}"
    )
    button = block.locator("button[data-clipboard-target]")
    if press_enter:
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
    else:
        block.hover()
        button.click()
    page.locator(".md-dialog--active").wait_for()  # Material's "copied" notice
    return page.evaluate("navigator.clipboard.readText()")


@pytest.mark.xdist_group("search/")
def test_copy_button_copies_the_example(reader):
    path, snippet = COPIED_SNIPPET
    copied = copy_with(reader(path, again=True), snippet)
    # Material trims trailing whitespace from what it copies (the file ends with a newline).
    expected = (ROOT / snippet).read_text(encoding="utf-8").rstrip()
    diff = "\n".join(
        difflib.unified_diff(expected.split("\n"), copied.split("\n"), lineterm="")
    )
    assert copied == expected, f"copy button on {path} did not copy {snippet}:\n{diff}"


def test_colour_scheme_follows_the_system_then_the_readers_choice(browser, base_url):
    """The site's own palette script (overrides/partials/javascripts/palette.html, in place of
    Material's palette component): a first visit takes the system's dark preference; the toggle
    switches, and the choice holds on the next page, in either language."""
    page = sb.new_tab(browser, color_scheme="dark")
    scheme = lambda: page.locator("body").get_attribute("data-md-color-scheme")  # noqa: E731
    page.goto(base_url + "/threads/")
    assert scheme() == "slate", (
        "a system that prefers dark did not get the dark palette"
    )
    assert page.locator("form[data-palette] label:not([hidden])").count() == 1
    pc.switch_scheme(page, "light")
    for path in ("/lock/", "/en/lock/"):
        page.goto(base_url + path)
        assert scheme() == "default", f"{path}: the reader's light choice was not kept"
    page.locator("form[data-palette] label:not([hidden])").focus()
    page.keyboard.press("Enter")
    page.locator("body[data-md-color-scheme=slate]").wait_for()
    page.wait_for_function(
        "() => document.querySelector('meta[name=theme-color]')?.content.startsWith('#')"
    )
    page.context.close()


@pytest.mark.xdist_group("search/")
def test_keyboard_reaches_search_language_and_copy(reader):
    """Without a mouse: / opens search and Enter opens the first result; Tab reaches the language
    selector and Enter follows it; Tab reaches a copy button and Enter copies."""
    page = reader("/", again=True)
    found, _ = sb.search(page, "多线程")
    assert found, "searching 多线程 with the keyboard found nothing"
    with page.expect_navigation(wait_until="load"):
        page.keyboard.press("Enter")
    assert path_of(page.url) == "/threads/", (
        f"Enter on the first result led to {page.url}"
    )

    def tab_to(selector, limit=60):
        for _ in range(limit):
            page.keyboard.press("Tab")
            if page.evaluate("sel => document.activeElement.matches(sel)", selector):
                return
        pytest.fail(
            f"{limit} presses of Tab on {path_of(page.url)} never reached {selector}"
        )

    tab_to(".md-header a.md-select__link[hreflang=en]")
    with page.expect_navigation(wait_until="load") as navigation:
        page.keyboard.press("Enter")
    assert path_of(page.url) == "/en/threads/" and navigation.value.status == 200, (
        f"Enter on the language link led to {page.url}"
    )
    path, snippet = COPIED_SNIPPET
    copied = copy_with(reader(path, again=True), snippet, press_enter=True)
    assert copied == (ROOT / snippet).read_text(encoding="utf-8").rstrip(), (
        f"Enter on the copy button of {snippet} copied something else"
    )


# --- the offline copy ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def offline_url(offline_build, tmp_path_factory):
    """The offline zip, unzipped as a reader would, as a file:// URL of its folder."""
    from tools.offline import make_zip

    if offline_build.returncode != 0:
        pytest.fail(
            f"OFFLINE=true properdocs build failed:\n{offline_build.output}",
            pytrace=False,
        )
    folder = tmp_path_factory.mktemp("offline")
    archive = make_zip(offline_build.site, folder / "offline.zip")
    unzipped = folder / "unzipped"
    shutil.unpack_archive(archive, unzipped)
    size_mb = archive.stat().st_size / 1e6
    for home in (ROOT / "docs/index.zh.md", ROOT / "docs/index.en.md"):
        stated = re.search(
            r"offline\.zip[，,] ?(?:约|about) ([\d.]+) MB", home.read_text("utf-8")
        )
        assert stated and abs(float(stated.group(1)) - size_mb) <= 0.15, (
            f"{home.relative_to(ROOT)}: the offline link should give the zip's size, "
            f"{size_mb:.1f} MB (it says {stated and stated.group(0)!r})"
        )
    return (unzipped / offline_build.site.name).as_uri()


def test_offline_copy_works_from_files(browser, offline_url):
    """Opened from file://: navigation, language switch, search in both languages, copy button,
    and not one request that leaves the machine."""
    page = sb.new_tab(browser, permissions=["clipboard-read", "clipboard-write"])
    traffic = sb.watch(page.context)
    try:
        page.goto(offline_url + "/index.html", wait_until="load")
        page.locator(".md-nav__link[href$='threads.html']").first.click()
        page.wait_for_load_state("load")
        assert page.url.endswith("/threads.html"), f"the nav link led to {page.url}"
        page.locator(".md-header .md-select > button").click()
        with page.expect_navigation(wait_until="load"):
            page.locator(".md-header a.md-select__link[hreflang=en]").click()
        assert page.url.endswith("/en/threads.html"), (
            f"the language link led to {page.url}"
        )
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
        assert (
            copy_with(page, snippet)
            == (ROOT / snippet).read_text(encoding="utf-8").rstrip()
        ), "the offline copy button copied something else"
        leaving = [
            u for u in traffic.requests if not u.startswith(("file:", "data:", "blob:"))
        ]
        assert not leaving and not traffic.console, (
            f"offline copy: requests {leaving}, console errors {traffic.console}"
        )
    finally:
        page.context.close()
