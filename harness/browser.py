"""Drive Chromium with Playwright over the built site (served by ``harness.serve``).

Shared by tests/test_browser.py and tools/report.py (``./dev report``). Playwright's own
browser download does not work everywhere (it fails behind a closed network), so the system
Chromium is used: ``apt-get install -y chromium`` on Debian/Ubuntu.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from harness.paths import page_paths, page_url
from harness.serve import serve  # noqa: F401 (the tests and the report use sb.serve)

# Playwright adds --headless and a fresh --user-data-dir (a new temporary profile per launch).
# Without the background-networking flags Chromium's own connections (not the page's) keep
# failing on a machine without internet; --no-sandbox because CI runs as root.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
BUDGET_BYTES = (
    120 * 1000
)  # a chapter's first load: response bodies as transferred (gzip)
DEFERRED = (
    "search/search_index.json",
    "/workers/search.",
)  # fetched on first use of search
BUDGET_REQUESTS = 25
TIMEOUT_MS = 15_000  # every wait in the browser
LOCAL_HOSTS = {"127.0.0.1"}
VIEWPORT = {"width": 1280, "height": 900}  # wide enough for Material's desktop header


def chromium_path() -> str | None:
    """The Chromium to drive, chosen by harness/browser_choice.py ($CHROMIUM, Debian's chromium,
    the CI runner's Chrome; never Ubuntu's snap stub), or None. ``chromium_path.message`` is then
    what was tried and how to install one (for the skip or failure message)."""
    from harness import browser_choice

    choice = browser_choice.find_chromium()
    chromium_path.message = choice.message
    return choice.path


def launch(playwright):
    return playwright.chromium.launch(
        executable_path=chromium_path(),
        headless=True,
        args=CHROMIUM_ARGS,
        timeout=60_000,
    )


def new_tab(browser, **context_options):
    """A tab in a new browser context (empty cache, no cookies) with the suite's viewport and
    timeouts; ``tab.context`` closes it."""
    context = browser.new_context(viewport=VIEWPORT, **context_options)
    context.set_default_timeout(TIMEOUT_MS)
    context.set_default_navigation_timeout(TIMEOUT_MS)
    return context.new_page()


def site_urls() -> list[tuple[str, str]]:
    """(language, URL path) of every page."""
    return sorted(page_url(path) for path in page_paths())


def is_local(url: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme in ("data", "blob", "about", "file"):
        return True
    return parts.hostname in LOCAL_HOSTS


@dataclass
class Traffic:
    """Everything a browser context asked for and what went wrong, for one test."""

    requests: list[str] = field(default_factory=list)
    external: list[str] = field(
        default_factory=list
    )  # aborted: they would leave 127.0.0.1
    failed: list[str] = field(
        default_factory=list
    )  # network errors and HTTP status >= 400
    console: list[str] = field(
        default_factory=list
    )  # console errors and uncaught exceptions
    responses: list = field(default_factory=list)

    def clear(self) -> None:
        for name in self.__dataclass_fields__:
            getattr(self, name).clear()

    def copy(self) -> Traffic:
        return Traffic(
            **{name: list(getattr(self, name)) for name in self.__dataclass_fields__}
        )

    def problems(self) -> list[str]:
        """Human-readable problems, external requests first (they explain the rest)."""
        out = [f"request leaves 127.0.0.1: {url}" for url in self.external]
        out += [f"failed request: {item}" for item in self.failed]
        out += [f"console error: {item}" for item in self.console]
        return out


def watch(context) -> Traffic:
    """Record every request of ``context``; abort any that would leave 127.0.0.1."""
    traffic = Traffic()

    def route(route):
        url = route.request.url
        if is_local(url):
            route.continue_()
        else:
            if url not in traffic.external:
                traffic.external.append(url)
            route.abort("blockedbyclient")

    def on_request(request):
        traffic.requests.append(request.url)
        if not is_local(request.url) and request.url not in traffic.external:
            traffic.external.append(request.url)

    def on_failed(request):
        if request.url not in traffic.external:
            traffic.failed.append(f"{request.url} ({request.failure})")

    def on_response(response):
        traffic.responses.append(response)
        if response.status >= 400:
            traffic.failed.append(f"{response.url} (HTTP {response.status})")

    def on_console(message):
        if message.type == "error":
            where = message.location.get("url", "") if message.location else ""
            traffic.console.append(f"{message.text} [{where}]")

    def on_page(page):
        page.on("console", on_console)
        page.on("pageerror", lambda exc: traffic.console.append(f"uncaught: {exc}"))

    context.route("**/*", route)
    context.on("request", on_request)
    context.on("requestfailed", on_failed)
    context.on("response", on_response)
    context.on("page", on_page)
    context.set_default_timeout(TIMEOUT_MS)
    context.set_default_navigation_timeout(TIMEOUT_MS)
    return traffic


@dataclass
class Load:
    """One page's first load in a fresh browser context (empty cache)."""

    url: str
    resources: list[tuple[str, int, int]]  # (url, bytes transferred, bytes decoded)
    traffic: Traffic
    lang: str | None  # <html lang>

    @property
    def requests(self) -> int:
        return len(self.traffic.requests)

    @property
    def transferred(self) -> int:
        return sum(sent for _, sent, _ in self.resources)

    @property
    def decoded(self) -> int:
        return sum(size for _, _, size in self.resources)


class FirstVisitTab:
    """One tab that opens page after page as on a reader's first visit.

    Routing every request (``watch``) turns the browser's HTTP cache off, so each load fetches
    everything again, and storage is cleared after each page: measured on all 22 pages, the
    same requests as a fresh browser context each time. A fresh context costs a new renderer
    process, about 3.6 CPU-s a page on a 2-core machine against 1.4 for the next page in a tab.
    """

    def __init__(self, browser):
        self.page = new_tab(browser)
        self.context = self.page.context
        self.traffic = watch(self.context)

    def load(self, url: str, screenshot: Path | None = None) -> Load:
        """Open ``url`` and wait until the network is idle; optionally save a full-page
        screenshot.

        Bytes transferred are the response bodies as sent (gzip where the server compressed
        them); bytes decoded are the same bodies uncompressed.
        """
        traffic, page = self.traffic, self.page
        traffic.clear()
        response = page.goto(url, wait_until="load")
        if response is None or not response.ok:
            traffic.failed.append(f"{url} (HTTP {response and response.status})")
        page.wait_for_load_state("networkidle")
        lang = page.locator("html").get_attribute("lang")
        if screenshot:
            screenshot.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(screenshot), full_page=True)
        resources = []
        for response in traffic.responses:
            length = response.headers.get("content-length")  # as sent, gzip or not
            sent = (
                int(length) if length else response.request.sizes()["responseBodySize"]
            )
            try:
                size = len(response.body())
            except Exception:  # a redirect has no body
                size = 0
            resources.append((response.url, sent, size))
        page.evaluate("() => { localStorage.clear(); sessionStorage.clear(); }")
        self.context.clear_cookies()
        kept = traffic.copy()
        kept.responses = []  # browser objects, now summed up in ``resources``
        return Load(url, resources, kept, lang)

    def close(self) -> None:
        self.context.close()


def search(page, query: str) -> tuple[list[str], str]:
    """Type ``query`` into the search box as a reader does; (result URLs, the count line).

    Material searches on keyup; Chinese arrives as committed text (as from an input method),
    which fires none, so End ends the input as a reader's key would. ``fill()`` fires no keyup.
    """
    page.keyboard.press("/")  # Material's shortcut: focus the search box, no mouse
    box = page.locator("input.md-search__input")
    box.wait_for(state="visible")
    page.keyboard.press("Control+A")  # a search box used before keeps its last query
    page.keyboard.press("Backspace")
    page.keyboard.type(query, delay=30)
    page.keyboard.press("End")
    # Wait for the results of the whole query, not of its first letters: until the list and its
    # count line have stayed the same for half a second. If no result ever comes, return what is
    # listed: the caller's assertion says what it is.
    deadline, last, since = time.monotonic() + TIMEOUT_MS / 1000, None, time.monotonic()
    while time.monotonic() < deadline:
        now = page.evaluate(
            """() => [document.querySelector(".md-search-result__meta")?.innerText,
                      document.querySelector(".md-search-result__list a")?.href]"""
        )
        if now != last:
            last, since = now, time.monotonic()
        elif now[1] and time.monotonic() - since >= 0.5:
            break
        time.sleep(0.05)
    links = page.locator(".md-search-result__list > li.md-search-result__item > a")
    found = links.evaluate_all("els => els.map(a => a.href)")
    return found, page.locator(".md-search-result__meta").inner_text()
