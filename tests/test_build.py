"""The site builds with --strict, in both languages, with Chinese search and working language links."""

import json
import re
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from harness.paths import page_paths, page_url


@pytest.fixture
def site(site_build):
    if site_build.returncode != 0:
        pytest.fail(
            "properdocs build --strict failed: see test_build_strict", pytrace=False
        )
    return site_build.site


def test_build_strict(site_build):
    """The build passes --strict; when it fails, the reason comes first, before any traceback."""
    output = site_build.output
    reasons = [
        line.strip()
        for line in output.splitlines()
        if re.match(r"\s*(ERROR|WARNING)\b", line) or "Error:" in line
    ]
    assert site_build.returncode == 0, (
        "properdocs build --strict failed:\n  "
        + "\n  ".join(reasons)
        + f"\n\nFull output:\n{output}"
    )


@pytest.mark.parametrize(("lang", "url"), sorted(page_url(p) for p in page_paths()))
def test_page_is_built_in_its_language(site, lang, url):
    html = (site / url.lstrip("/") / "index.html").read_text(encoding="utf-8")
    assert f'<html lang="{lang}"' in html, f"{url}: <html lang> is not {lang}"
    other = "en" if lang == "zh" else "zh"
    twin = "/en" + url if lang == "zh" else url.removeprefix("/en")
    links = re.findall(rf'<a href="([^"]*)" hreflang="{other}"', html)
    targets = [
        urlsplit(urljoin("http://127.0.0.1:8000" + url, link)).path for link in links
    ]
    assert twin in targets, (
        f"{url}: the language switcher does not lead to {twin} (links: {links})"
    )


def test_search_index_segments_chinese(site):
    docs = json.loads(
        (site / "search" / "search_index.json").read_text(encoding="utf-8")
    )["docs"]
    zh = [d for d in docs if not d["location"].startswith("en/")]
    en = [d for d in docs if d["location"].startswith("en/")]
    assert zh and en, "the search index must hold both languages"
    prose = [d for d in zh if re.search(r"[\u4e00-\u9fff]{4}", d["text"])]
    assert prose, "no Chinese prose in the search index"
    unsegmented = [d["location"] for d in prose if "\u200b" not in d["text"]]
    assert not unsegmented, (
        f"jieba did not segment these entries (is jieba installed?): {unsegmented}"
    )


def test_sitemap_has_absolute_urls(site):
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert "None" not in sitemap and "<loc>http" in sitemap, (
        "sitemap.xml needs site_url in mkdocs.yml"
    )


def test_404_page_speaks_both_languages(site):
    html = (site / "404.html").read_text(encoding="utf-8")
    for lang, home in (("zh", "/"), ("en", "/en/")):
        assert re.search(rf'<p lang="{lang}">[^<]*<a href="{home}"', html), (
            f"404.html has no {lang} paragraph linking {home} (overrides/404.html)"
        )


# Elements per chapter: style and layout are what a phone pays for. At 4,006 elements the
# asyncio chapter scored 88 (< 90) in CI's Lighthouse mobile run (total blocking time 320 ms,
# most of it style and layout) and was split in two; the heaviest chapter is now near 3,100.
DOM_BUDGET = 3200


class ElementCounter(HTMLParser):
    def __init__(self):
        super().__init__()
        self.elements, self.empty_anchors, self.scripts = 0, 0, []
        self._anchor = None  # [has text or children] of the <a> being read

    def handle_starttag(self, tag, attrs):
        self.elements += 1
        if self._anchor is not None:
            self._anchor[0] = True
        if tag == "a":
            self._anchor = [False]
        src = dict(attrs).get("src")
        if tag == "script" and src:
            self.scripts.append(src)

    def handle_data(self, data):
        if self._anchor is not None and data.strip():
            self._anchor[0] = True

    def handle_endtag(self, tag):
        if tag == "a" and self._anchor is not None:
            self.empty_anchors += not self._anchor[0]  # an <a> with nothing inside
            self._anchor = None


@pytest.mark.parametrize(
    ("lang", "url"),
    sorted(page_url(p) for p in page_paths() if not p.name.startswith("index.")),
)
def test_chapter_is_light(site, lang, url):
    """At most DOM_BUDGET elements, no empty line anchors in code, and no script that only the
    offline copy needs (the iframe-worker shim)."""
    counter = ElementCounter()
    counter.feed((site / url.lstrip("/") / "index.html").read_text(encoding="utf-8"))
    page = f"docs/{url.rstrip('/').rsplit('/', 1)[-1]}.{lang}.md"
    assert counter.elements <= DOM_BUDGET, (
        f"{page} ({url}): {counter.elements} elements, budget {DOM_BUDGET}; split the chapter where that "
        "also teaches better, or find what adds elements (mkdocs.yml highlight options, "
        "overrides/hooks.py)"
    )
    assert not counter.empty_anchors, (
        f"{url}: {counter.empty_anchors} empty <a> anchors"
    )
    shims = [src for src in counter.scripts if "iframe-worker" in src]
    assert not shims, f"{url}: loads {shims}, which only the offline copy needs"


UI_ATTRIBUTE = re.compile(r'\b(title|aria-label|placeholder|alt)="([^"]*)"')
CONFIG_JSON = re.compile(
    r'<script id="__config" type="application/json">([^<]*)</script>'
)
HAS_CJK = re.compile(r"[\u4e00-\u9fff]")
ENGLISH_WORDS = re.compile(
    r"[A-Za-z]{2,} [A-Za-z]{2,}"
)  # "Permanent link", not "threading.Lock"


def ui_strings(html: str) -> list[str]:
    """What the page's interface says outside its text: titles, ARIA labels, placeholders, alt
    texts, and the strings Material's scripts show (its __config translations)."""
    found = [value for _, value in UI_ATTRIBUTE.findall(html)]
    for config in CONFIG_JSON.findall(html):
        found += [str(v) for v in json.loads(config).get("translations", {}).values()]
    return found


@pytest.mark.parametrize(("lang", "url"), sorted(page_url(p) for p in page_paths()))
def test_interface_speaks_the_page_language(site, lang, url):
    """A zh page's interface is Chinese (each heading's permalink title, the colour toggle,
    Material's strings), an en page's English: mkdocs.yml (theme.palette, toc permalink_title,
    the i18n plugin's per-language theme overrides) and overrides/hooks.py."""
    html = (site / url.lstrip("/") / "index.html").read_text(encoding="utf-8")
    if lang == "zh":
        wrong = sorted(
            {
                s
                for s in ui_strings(html)
                if not HAS_CJK.search(s) and ENGLISH_WORDS.search(s)
            }
        )
        where = "English interface strings on a Chinese page"
    else:
        # the language switcher names 中文 in its own language: that one is right
        wrong = sorted(
            {s for s in ui_strings(html) if HAS_CJK.search(s) and s != "中文"}
        )
        where = "Chinese interface strings on an English page"
    assert not wrong, (
        f"{url}: {where}: {wrong}; set them per language in mkdocs.yml (i18n languages: "
        "theme overrides) or overrides/hooks.py"
    )
