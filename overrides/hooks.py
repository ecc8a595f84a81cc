"""MkDocs hooks (``hooks:`` in mkdocs.yml): lighter, valid HTML for what configuration
can't do.

- Highlighted code keeps a ``<span>`` only where it has a colour of its own:
  Pygments wraps every name (``n``), punctuation (``p``), operator (``o``, ``ow``)
  and run of whitespace (``w``) in a span. Material gives names the code's own text
  colour, and extra.css gives punctuation and operators that colour too (keywords,
  strings, numbers, comments and builtins keep theirs). Those spans were half of a
  long chapter's elements, and DOM size is what a phone pays for in style and
  layout.
- An output block (the block after ``<!--pytest-codeblocks:expected-output-->``, or
  each tab of it) gets the class ``output``: on a phone, extra.css wraps its long
  lines instead of scrolling.
- Material marks its two toggles (drawer and search, checkboxes)
  ``autocomplete="off"``, which HTML allows only on text-like inputs (the Nu HTML
  checker's one error on every page). The attribute kept Firefox from restoring a
  checked toggle on going back; overrides/main.html unchecks them on ``pageshow``
  instead.
- Every code block starts keyboard-focusable (``tabindex="0"``), as scrollable
  regions must be. Material sets or removes that attribute when it sets a block up,
  which with ``content.lazy`` happens only once the block comes into view; until
  then a long line would scroll out of a keyboard user's reach. Material removes it
  again from a block that does not scroll.
- Each heading's permalink title is in the page's language: ``permalink_title`` in
  mkdocs.yml is the Chinese one, and mkdocs-static-i18n cannot override
  ``markdown_extensions`` per language, so English pages get the English title
  before their Markdown is rendered.
- In the offline copy (``OFFLINE=true``), the home pages' link to ``offline.zip``, a
  file the copy does not hold, becomes a line saying that this is the copy.
- The learner's kit (``tools/kit.py``) is built from the repository into ``kit/`` after
  each build, the offline copy's included; a chapter's link to the kit
  (``includes/check-limits``, ``data-kit``) points to that chapter's zip.
"""

import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

UNSTYLED_TOKEN = re.compile(r'<span class="(?:n|w|p|o|ow)">([^<]*)</span>')
OUTPUT_COMMENT = "<!--pytest-codeblocks:expected-output-->"
TEXT_BLOCK = '<div class="language-text highlight'
TAB_LABEL = re.compile(r"<label for=")
CODE_BLOCK = "<pre><span></span><code>"
TOGGLE_AUTOCOMPLETE = re.compile(r'(<input class="md-toggle"[^>]*?) autocomplete="off"')
OFFLINE_LINK = re.compile(r'<a href="(?:\.\./)?offline\.zip">[^<]*</a>')
KIT_LINK = '<a href="kit/python-threads-exercises.zip" data-kit>'
CHAPTER = re.compile(r"snippets/([a-z_]+)/exercises/\d\d_")
THIS_IS_THE_COPY = {
    "zh": "<strong>你正在读的就是离线版</strong>",
    "en": "<strong>this is that copy</strong>",
}


def mark_outputs(html: str) -> str:
    first, *rest = html.split(OUTPUT_COMMENT)
    parts = [first]
    for part in rest:
        stripped = part.lstrip()
        count = 1
        if stripped.startswith('<div class="tabbed-set'):
            labels = stripped[: stripped.index("</div>")]  # the tab labels come first
            count = len(TAB_LABEL.findall(labels))
        parts.append(part.replace(TEXT_BLOCK, TEXT_BLOCK + " output", count))
    return "".join(parts)


PERMALINK_TITLE = {"zh": None, "en": "Permanent link"}  # None: mkdocs.yml's


def on_page_markdown(markdown, page, config, files):
    toc = config["mdx_configs"].setdefault("toc", {})
    PERMALINK_TITLE["zh"] = PERMALINK_TITLE["zh"] or toc.get("permalink_title")
    lang = "en" if page.file.src_uri.endswith(".en.md") else "zh"
    toc["permalink_title"] = PERMALINK_TITLE[lang]
    return markdown


def kit_links(html: str, url: str) -> str:
    """Each kit link to its chapter's zip (``url``: ``lock/``, ``en/lock/``)."""
    if KIT_LINK not in html:
        return html
    up = "../" * url.count("/")
    found = CHAPTER.search(html)
    name = "python-threads-exercises" + (f"-{found.group(1)}" if found else "")
    return html.replace(KIT_LINK, f'<a href="{up}kit/{name}.zip" data-kit>')


def on_page_content(html, page, config, files):
    html = html.replace(CODE_BLOCK, '<pre><span></span><code tabindex="0">')
    html = kit_links(html, page.url)
    if os.environ.get("OFFLINE") == "true":
        lang = "en" if page.file.src_uri.endswith(".en.md") else "zh"
        html = OFFLINE_LINK.sub(THIS_IS_THE_COPY[lang], html)
    return mark_outputs(UNSTYLED_TOKEN.sub(r"\1", html))


def on_post_page(output, page, config):
    return TOGGLE_AUTOCOMPLETE.sub(r"\1", output)


def on_post_template(output_content, template_name, config):
    return TOGGLE_AUTOCOMPLETE.sub(r"\1", output_content)  # 404.html


def on_post_build(config):
    """The learner's kit, from the repository as it is now, into ``<site>/kit/``."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from harness.pages import load_page
    from tools import kit

    load_page.cache_clear()  # ./dev serve: the pages as edited since the last build
    kit.build(Path(config["site_dir"]), config.get("site_url") or "")
