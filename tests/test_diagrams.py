"""Diagrams: hand-written SVG under docs/assets/diagrams/, one per language, inlined by a page.

Each file parses as XML, has its twin in the other language, says what it shows to a screen
reader (role="img", a <title> and a <desc> referenced by aria-labelledby), follows light and dark
mode (colours are currentColor), references nothing outside itself, and is included by a page of
its own language.
"""

import re
import xml.etree.ElementTree as ET

import pytest

from harness.paths import DOCS, ROOT, page_paths

DIAGRAMS = DOCS / "assets" / "diagrams"
SVG = "{http://www.w3.org/2000/svg}"
FILES = sorted(DIAGRAMS.glob("*.svg"))
COLOUR_ATTRS = ("fill", "stroke", "color", "stop-color")
ALLOWED_COLOURS = {"currentColor", "none", "transparent", "inherit"}


def rel(path):
    return path.relative_to(ROOT).as_posix()


def test_there_are_diagrams():
    names = {p.name.split(".")[0] for p in FILES}
    assert len(names) >= 6, (
        f"{rel(DIAGRAMS)}: {len(names)} diagrams, the site promises at least 6"
    )


@pytest.mark.parametrize("path", FILES, ids=rel)
def test_diagram(path):
    where = rel(path)
    m = re.fullmatch(r"([a-z0-9-]+)\.(zh|en)\.svg", path.name)
    assert m, f"{where}: name diagrams <name>.zh.svg and <name>.en.svg"
    name, lang = m.groups()
    twin = path.with_name(f"{name}.{'en' if lang == 'zh' else 'zh'}.svg")
    assert twin.exists(), f"{where}: its twin {rel(twin)} is missing"
    text = path.read_text(encoding="utf-8")
    assert "\n\n" not in text, (
        f"{where}: a blank line ends the HTML block it is inlined in"
    )
    try:
        root = ET.fromstring(text)
    except ET.ParseError as exc:
        pytest.fail(f"{where}: not well-formed XML: {exc}", pytrace=False)
    assert root.tag == f"{SVG}svg", f"{where}: the root element is <svg xmlns=...>"
    assert root.get("role") == "img", f'{where}: <svg role="img"> (read as one image)'
    ids = {el.get("id"): el for el in root.iter() if el.get("id")}
    labelled = (root.get("aria-labelledby") or "").split()
    title, desc = root.find(f"{SVG}title"), root.find(f"{SVG}desc")
    assert title is not None and desc is not None and (title.text or "").strip(), (
        f"{where}: needs <title> and <desc> (the text alternative, in the page's language)"
    )
    assert title.get("id") in labelled and desc.get("id") in labelled, (
        f'{where}: aria-labelledby="<title id> <desc id>" makes screen readers read them'
    )
    cjk = re.search(r"[\u4e00-\u9fff]", (title.text or "") + (desc.text or ""))
    assert bool(cjk) == (lang == "zh"), f"{where}: title and desc are not in {lang}"
    bad_ids = [i for i in ids if not i.startswith(f"{name}-")]
    assert not bad_ids, (
        f"{where}: ids {bad_ids} must start with '{name}-' (one page, many SVGs)"
    )
    for el in root.iter():
        tag = el.tag.removeprefix(SVG)
        assert tag not in ("image", "script", "foreignObject", "use"), (
            f"{where}: <{tag}> not allowed"
        )
        for attr, value in el.attrib.items():
            local = attr.split("}")[-1]
            if local == "href":
                assert value.startswith("#"), (
                    f"{where}: <{tag} href={value!r}> leaves the file"
                )
            if local in COLOUR_ATTRS:
                assert value in ALLOWED_COLOURS, (
                    f"{where}: <{tag} {local}={value!r}>: use currentColor (light and dark mode)"
                )
            assert not re.search(r"url\((?!#)", value), (
                f"{where}: {local}={value!r} leaves the file"
            )
    assert not re.search(r"@import|https?://(?!www\.w3\.org/)", text), (
        f"{where}: references something outside the file"
    )
    pages = [p for p in page_paths() if p.name.endswith(f".{lang}.md")]
    include = f'"docs/assets/diagrams/{path.name}"'
    assert any(include in p.read_text(encoding="utf-8") for p in pages), (
        f'{where}: no {lang} page includes it (--8<-- {include} inside <figure class="diagram">)'
    )
