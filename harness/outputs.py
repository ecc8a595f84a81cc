"""What a run printed against what the page shows, and ``./dev update-outputs``, which writes
real output (one tab per range of versions where they differ) and each page's versions line."""

from __future__ import annotations

import difflib

from harness.exercises.verdict import NUMBER, normalise  # noqa: F401 (one comparison)
from harness.fences import OLDEST, Fence, Versions
from harness.pages import Page, closing_fence, load_page
from harness.paths import OUTPUT_TITLE, page_lang, rel

REWRITTEN: list[str] = []  # file:line of each output ./dev update-outputs changed


def output_diff(expected: Fence, actual: str) -> str:
    """An empty string when ``actual`` matches the output block, else a unified diff."""
    want = normalise(expected.code, expected.classes)
    got = normalise(actual, expected.classes)
    if want == got:
        return ""
    return "\n".join(
        difflib.unified_diff(
            want, got, "shown on the page", "printed by the run", lineterm=""
        )
    )


def output_groups(
    fence: Fence, printed: dict[tuple[int, int], str]
) -> list[tuple[Versions, str]]:
    """What each range of versions printed, newest first; one group when all versions agree.

    Outputs that differ only where the block's markers allow (order, numbers) count as equal,
    and the shown text stays the current one where it still matches.
    """
    classes = fence.output.classes if fence.output else set()
    groups: list[list] = []  # [low, high, text]
    for version in sorted(printed):
        text = printed[version]
        if groups and normalise(groups[-1][2], classes) == normalise(text, classes):
            groups[-1][1] = version
        else:
            groups.append([version, version, text])
    groups[0][0] = fence.oldest if len(groups) > 1 else OLDEST
    groups[-1][1] = None
    result = []
    for low, high, text in reversed(groups):
        versions = Versions(low, high)
        shown = next((o for v, o in fence.outputs if v == versions), None)
        if shown is not None and not output_diff(shown, text):
            text = shown.code
        result.append((versions, text))
    return result


def write_outputs(fence: Fence, groups: list[tuple[Versions, str]]) -> bool:
    """Rewrite (or add) the output of ``fence`` in its page: one block, or one tab per range of
    versions. Returns True if the page changed."""
    lines = fence.page.read_text(encoding="utf-8").split("\n")
    info = f'text title="{OUTPUT_TITLE[page_lang(fence.page)]}"'
    if fence.output is not None:
        info = lines[fence.output.line - 1].strip().lstrip("`")
    new = ["<!--pytest-codeblocks:expected-output-->"]
    for versions, text in groups:
        body = ["```" + info, *text.rstrip("\n").split("\n"), "```"]
        new += (
            [f"/// tab | {versions.label}", *body, "///"] if len(groups) > 1 else body
        )
    if fence.output_span:
        start, end = fence.output_span
        if lines[start - 1 : end] == new:
            return False
        lines[start - 1 : end] = new
    else:
        close = closing_fence(lines, fence.line)
        lines[close:close] = ["", *new]
    fence.page.write_text("\n".join(lines), encoding="utf-8")
    load_page.cache_clear()
    REWRITTEN.append(fence.output.where if fence.output else fence.where)
    return True


VERSIONS_LINE = {  # written by ./dev update-outputs, checked by tests/test_examples.py
    # (template, separator, last separator, (checked on one version, checked on several))
    "zh": (
        "*本页的示例在 CPython {} 上运行过，输出{}核对。*",
        "、",
        " 和 ",
        ("已", "逐一"),
    ),
    "en": (
        "*The examples on this page ran on CPython {}; the output was checked{}.*",
        ", ",
        " and ",
        ("", " on each"),
    ),
}


def versions_line(page: Page, names: list[str]) -> str | None:
    """The generated line naming the CPythons (``names``) a page's examples ran on."""
    if not names:
        return None
    template, sep, last, (one, each) = VERSIONS_LINE[page.lang]
    if len(names) == 1:
        return template.format(names[0], one)
    return template.format(sep.join(names[:-1]) + last + names[-1], each)


def find_versions_line(page: Page) -> tuple[int, str] | None:
    """(0-based index, text) of the page's versions line, if it has one."""
    start = VERSIONS_LINE[page.lang][0].split("{}")[0]
    lines = page.path.read_text(encoding="utf-8").split("\n")
    return next(
        ((k, line) for k, line in enumerate(lines) if line.startswith(start)), None
    )


def write_versions_line(page: Page, line: str) -> None:
    """Put ``line`` where the old one was, else first in the page's first ``/// verified`` box
    (how the page was checked), else in a new box before the first ``##`` heading."""
    lines = page.path.read_text(encoding="utf-8").split("\n")
    found = find_versions_line(page)
    if found:
        at = found[0]
        lines[at] = line
    else:
        box = next(
            (k for k, text in enumerate(lines) if text.startswith("/// verified")), None
        )
        if box is not None:
            at = box + 1
            lines[at:at] = [line, ""]
        else:
            at = next(k for k, text in enumerate(lines) if text.startswith("## "))
            title = "如何验证" if page.lang == "zh" else "How this was checked"
            lines[at:at] = [f"/// verified | {title}", line, "///", ""]
            at += 1
    page.path.write_text("\n".join(lines), encoding="utf-8")
    load_page.cache_clear()
    REWRITTEN.append(f"{rel(page.path)}:{at + 1}")
