"""A page read the way MkDocs reads it: includes expanded by pymdownx.snippets' own
preprocessor (configured from mkdocs.yml), then split into fences by pytest-codeblocks' parser,
each fence mapped back to its line in the page source."""

from __future__ import annotations

import difflib
import io
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import markdown
import yaml
from pytest_codeblocks import extract_from_buffer

from harness.fences import (
    ALL_VERSIONS,
    CODE_CLASSES,
    OUTPUT_CLASSES,
    Fence,
    PageError,
    Versions,
    parse_info,
)
from harness.paths import LANGUAGES, ROOT, page_lang, page_paths, rel, twin_of


@dataclass
class Page:
    path: Path
    lang: str
    fences: list[Fence]
    snippets: list[str]  # repo-relative paths, in include order

    @property
    def twin_path(self) -> Path:
        return twin_of(self.path)


@cache
def snippet_config() -> dict:
    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader)
    for ext in config["markdown_extensions"]:
        if isinstance(ext, dict) and "pymdownx.snippets" in ext:
            options = dict(ext["pymdownx.snippets"])
            options["base_path"] = [
                str(ROOT / p) for p in options.get("base_path", ["."])
            ]
            return options
    raise PageError("mkdocs.yml: pymdownx.snippets is not configured")


def expand(path: Path) -> tuple[list[str], list[str]]:
    """A page's lines with its ``--8<--`` includes expanded, and the files it included."""
    md = markdown.Markdown(
        extensions=["pymdownx.snippets"],
        extension_configs={"pymdownx.snippets": snippet_config()},
    )
    preprocessor = md.preprocessors["snippet"]
    included: list[str] = []
    find = preprocessor.get_snippet_path  # each include is looked up here, then read

    def recording_find(name):
        found = find(name)
        if found:
            included.append(rel(found))
        return found

    preprocessor.get_snippet_path = recording_find
    source = path.read_text(encoding="utf-8").split("\n")
    try:
        lines = preprocessor.run(list(source))
    except Exception as exc:  # SnippetMissingError and friends
        message = f"{rel(path)}: {exc}"
    else:
        return lines, included
    raise PageError(message)  # outside the except: one message, no chained traceback


def _line_map(
    source: list[str], expanded: list[str]
) -> tuple[dict[int, int], set[int]]:
    """Map 1-based expanded line numbers to source lines; also return the included lines."""
    mapping, included = {}, set()
    matcher = difflib.SequenceMatcher(None, source, expanded, autojunk=False)
    for tag, s0, _, e0, e1 in matcher.get_opcodes():
        for k in range(e1 - e0):
            mapping[e0 + k + 1] = s0 + (k if tag == "equal" else 0) + 1
            if tag != "equal":
                included.add(e0 + k + 1)
    return mapping, included


@cache
def load_page(path: Path) -> Page:
    lang = page_lang(path)
    if lang not in LANGUAGES:
        raise PageError(f"{rel(path)}: a page is named <name>.zh.md or <name>.en.md")
    source = path.read_text(encoding="utf-8").split("\n")
    expanded, included = expand(path)
    try:
        blocks = extract_from_buffer(io.StringIO("\n".join(expanded)))
        problem = None
    except RuntimeError as exc:
        problem = f"{rel(path)}: {exc}"
    if problem:
        raise PageError(problem)
    line_of, from_snippet = _line_map(source, expanded)
    snippet_text = {p: (ROOT / p).read_text(encoding="utf-8").strip() for p in included}
    fences: list[Fence] = []
    consumed: set[int] = set()  # later output tabs of a block, already attached to it
    for block in blocks:
        if block.lineno in consumed:
            continue
        fence = Fence(
            path, line_of[block.lineno], block.syntax or "", block.code, len(fences)
        )
        if expanded[block.lineno - 1] != expanded[block.lineno - 1].lstrip():
            raise PageError(
                f"{fence.where}: an indented code block (inside ??? or !!!) would lose its indent "
                "when ./dev update-outputs rewrites it; use an unindented /// details, "
                "/// solution or /// verified block"
            )
        parse_info(fence)
        if block.lineno + 1 in from_snippet:
            fence.snippets = [
                p for p, text in snippet_text.items() if fence.code.strip() in text
            ]
            if fence.options.get("title") not in fence.snippets:
                raise PageError(
                    f"{fence.where}: a block that includes a snippet has its path as title "
                    f'(title="{(fence.snippets or ["snippets/..."])[0]}"), so the reader sees '
                    "which file runs"
                )
        if fence.classes & OUTPUT_CLASSES:
            raise PageError(
                f"{fence.where}: {sorted(fence.classes & OUTPUT_CLASSES)} belongs on the output "
                "block, after <!--pytest-codeblocks:expected-output-->"
            )
        if "launched" in fence.classes and not fence.whole_snippet:
            raise PageError(
                f"{fence.where}: .launched is for a block that shows a whole snippet"
            )
        if block.expected_output is not None:
            _attach_outputs(fence, block, expanded, line_of, consumed)
        fences.append(fence)
    return Page(path, lang, fences, included)


def next_line(lines: list[str], lineno: int) -> int:
    """The next non-blank line after ``lineno`` (1-based), or 0 at the end."""
    return next(
        (k for k in range(lineno + 1, len(lines) + 1) if lines[k - 1].strip()), 0
    )


def closing_fence(lines: list[str], opening: int) -> int:
    return next(
        k
        for k in range(opening + 1, len(lines) + 1)
        if lines[k - 1].lstrip().startswith("```")
    )


def _attach_outputs(fence, block, expanded, line_of, consumed) -> None:
    """Attach the output block(s) after ``<!--pytest-codeblocks:expected-output-->``: one fence,
    or one ``/// tab | Python 3.X`` per range of versions, each with its own fence."""
    comment = (
        block.lineno + block.code.count("\n") + 1
    )  # the code block's closing fence
    comment = next(
        k
        for k in range(comment + 1, len(expanded) + 1)
        if "expected-output" in expanded[k - 1]
    )
    opening = next_line(expanded, comment)
    tabbed = expanded[opening - 1].startswith("/// tab")
    while True:
        versions = ALL_VERSIONS
        if tabbed:
            versions = Versions.parse(expanded[opening - 1])
            if versions is None:
                raise PageError(
                    f"{rel(fence.page)}:{line_of[opening]}: an output tab is labelled "
                    "'Python 3.9', 'Python 3.10+' or 'Python 3.9–3.12' (the harness reads it)"
                )
            opening = next_line(expanded, opening)
        info = expanded[opening - 1].strip().lstrip("`")
        out = Fence(fence.page, line_of[opening], info, "")
        closing = closing_fence(expanded, opening)
        out.code = "".join(line + "\n" for line in expanded[opening : closing - 1])
        parse_info(out)
        if out.lang != "text" or out.classes & CODE_CLASSES:
            raise PageError(
                f"{out.where}: an output block is ```text or {{.text .any-order ...}}"
            )
        if not fence.runs:
            raise PageError(
                f"{out.where}: output attached to a block that does not run ({fence.where}); "
                "remove the expected-output comment or let the block run"
            )
        consumed.add(opening)
        fence.outputs.append((versions, out))
        end = closing
        if not tabbed:
            break
        end = next_line(expanded, closing)  # the tab's closing ///
        following = next_line(expanded, end)
        if not (following and expanded[following - 1].startswith("/// tab")):
            break
        opening = following
    fence.output = fence.outputs[0][1]
    fence.output_span = (line_of[comment], line_of[end])
    if tabbed:
        _check_tabs(fence)


def _check_tabs(fence: Fence) -> None:
    """Tabs cover every version from the oldest on, once each, newest first."""
    ranges = sorted((v for v, _ in fence.outputs), key=lambda v: v.low)
    expected_low = fence.oldest
    for versions in ranges:
        if versions.low != expected_low or (
            versions.high and versions.high < versions.low
        ):
            break
        if versions.high is None:
            if versions is ranges[-1]:
                return
            break
        expected_low = (3, versions.high[1] + 1)
    labels = [v.label for v, _ in fence.outputs]
    raise PageError(
        f"{fence.output.where}: output tabs {labels} must cover every version from "
        f"3.{fence.oldest[1]} on exactly once, the last one open-ended (e.g. 'Python 3.9', "
        "'Python 3.10+')"
    )


def pages_or_errors() -> tuple[list[Page], list[str]]:
    """Every page that loads, and the errors of those that do not (test_pages reports them)."""
    pages, errors = [], []
    for path in page_paths():
        try:
            pages.append(load_page(path))
        except PageError as exc:
            errors.append(str(exc))
    return pages, errors


def solution_path(starter: str) -> str:
    return starter.removesuffix(".py") + "_solution.py"


def solution_of(fence: Fence, reverse: bool = False) -> Fence | None:
    """The block showing an exercise's solution on the same page; with ``reverse``, the
    exercise whose solution ``fence`` shows."""
    for other in load_page(fence.page).fences:
        starter, solution = (fence, other) if not reverse else (other, fence)
        if (
            starter.is_exercise
            and starter.whole_snippet
            and solution.whole_snippet == solution_path(starter.whole_snippet)
        ):
            return other
    return None
