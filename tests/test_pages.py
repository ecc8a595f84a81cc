"""Page conventions: twins in both languages, shared examples, every snippet shown and run."""

import difflib
import re

import pytest

from harness.fences import PageError
from harness.outputs import normalise
from harness.pages import load_page, pages_or_errors, solution_of, solution_path
from harness.paths import ROOT, page_lang, page_paths, rel, snippet_paths

PAGES = page_paths()
HEADING = re.compile(r"^#{1,6} .*?(\{\s*#([\w-]+)\s*\})?\s*$")


def loaded(path):
    try:
        return load_page(path)
    except PageError as exc:
        message = str(exc)
    pytest.fail(message, pytrace=False)  # outside the except: no chained traceback


def anchors(path):
    """Explicit heading anchors, outside code fences, with their lines."""
    found, in_fence = [], False
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if line.lstrip().startswith("```"):
            in_fence = not in_fence
        elif not in_fence and (m := HEADING.match(line)):
            if not m.group(2):
                pytest.fail(
                    f"{rel(path)}:{number}: heading without an English anchor; "
                    "add one such as {{ #some-name }}",
                    pytrace=False,
                )
            found.append((m.group(2), number))
    return found


@pytest.mark.parametrize("path", PAGES, ids=rel)
def test_page_follows_conventions(path):
    loaded(path)


@pytest.mark.parametrize("path", PAGES, ids=rel)
def test_page_has_twin(path):
    twin = loaded(path).twin_path
    if not twin.exists():
        pytest.fail(
            f"{rel(path)}: its twin {rel(twin)} is missing; every page exists in both "
            f"languages (add {rel(twin)})",
            pytrace=False,
        )


def side_by_side(a, b) -> str:
    """The first lines where two blocks differ, each with its page and line, side by side."""
    left, right = a.summary(), b.summary()
    matcher = difflib.SequenceMatcher(None, [t for _, t in left], [t for _, t in right])
    _, i0, i1, j0, j1 = next(op for op in matcher.get_opcodes() if op[0] != "equal")
    rows = []
    for k in range(max(i1 - i0, j1 - j0, 1))[:6]:
        one = left[i0 + k] if i0 + k < i1 else None
        two = right[j0 + k] if j0 + k < j1 else None
        where_a = f"{rel(a.page)}:{one[0]}" if one else f"{rel(a.page)}"
        where_b = f"{rel(b.page)}:{two[0]}" if two else f"{rel(b.page)}"
        text_a = one[1] if one else "(nothing)"
        text_b = two[1] if two else "(nothing)"
        rows.append((f"{where_a}  {text_a}", f"{where_b}  {text_b}"))
    width = max(len(x) for x, _ in rows)
    return "\n".join(f"  {x.ljust(width)}  |  {y}" for x, y in rows)


@pytest.mark.parametrize(
    "path", [p for p in PAGES if p.name.endswith(".zh.md")], ids=rel
)
def test_twins_show_the_same_code_and_output(path):
    zh = loaded(path)
    if not zh.twin_path.exists():
        pytest.fail(
            f"{rel(path)}: its twin {rel(zh.twin_path)} is missing", pytrace=False
        )
    en = loaded(zh.twin_path)
    check_same_includes(zh, en)
    for a, b in zip(zh.fences, en.fences):
        if a.twin_key != b.twin_key:
            pytest.fail(
                f"{a.where} and {b.where} show different blocks; twins show the same code and "
                f"output (`./dev update-outputs` writes outputs in both):\n{side_by_side(a, b)}",
                pytrace=False,
            )
    if len(zh.fences) != len(en.fences):
        longer = zh if len(zh.fences) > len(en.fences) else en
        extra = longer.fences[min(len(zh.fences), len(en.fences))]
        pytest.fail(
            f"{extra.where}: this block has no counterpart in {rel(longer.twin_path)}; "
            "add it there too",
            pytrace=False,
        )
    za, ea = anchors(path), anchors(zh.twin_path)
    for (a, la), (b, lb) in zip(za, ea):
        if a != b:
            pytest.fail(
                f"heading anchors differ: {rel(path)}:{la} {{ #{a} }}  |  "
                f"{rel(zh.twin_path)}:{lb} {{ #{b} }}; twins use the same anchors in order",
                pytrace=False,
            )
    if len(za) != len(ea):
        (longer, extra) = (path, za) if len(za) > len(ea) else (zh.twin_path, ea)
        anchor, line = extra[min(len(za), len(ea))]
        pytest.fail(
            f"{rel(longer)}:{line}: heading {{ #{anchor} }} has no counterpart in its twin",
            pytrace=False,
        )


def neutral(include: str) -> str:
    """An include with its language taken out: a diagram's twins are x.zh.svg and x.en.svg."""
    return re.sub(r"\.(zh|en)(\.\w+)$", r"\2", include)


def include_lines(path):
    """(line, included file) for each --8<-- line of a page, in order."""
    found = []
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        m = re.match(r'\s*-+8<-+\s+"([^"]+)"', line)
        if m:
            found.append((number, m.group(1)))
    return found


def check_same_includes(zh, en):
    """Twins include the same files in the same order; the first difference is named by line."""
    za, ea = include_lines(zh.path), include_lines(en.path)
    for (zl, zf), (el, ef) in zip(za, ea):
        if neutral(zf) != neutral(ef):
            pytest.fail(
                f"{rel(en.path)}:{el} includes {ef} where {rel(zh.path)}:{zl} includes {zf}; "
                "twins include the same files in the same order",
                pytrace=False,
            )
    if len(za) != len(ea):
        longer, shorter = (zh, en) if len(za) > len(ea) else (en, zh)
        line, extra = (za if longer is zh else ea)[min(len(za), len(ea))]
        pytest.fail(
            f"{rel(shorter.path)} does not include {extra} ({rel(longer.path)}:{line} does); "
            "include it there too",
            pytrace=False,
        )


def shown_snippets():
    """Snippets shown in full: {path: True if a page runs it itself, False if .launched}."""
    shown = {}
    for page in pages_or_errors()[0]:
        for fence in page.fences:
            if fence.whole_snippet:
                shown[fence.whole_snippet] = (
                    shown.get(fence.whole_snippet, False) or fence.runs
                )
    return shown


@pytest.mark.parametrize("snippet", snippet_paths())
def test_every_snippet_is_shown_and_run(snippet):
    shown = shown_snippets()
    if snippet not in shown:
        pytest.fail(
            f"{snippet}: no page shows this file in full "
            f'(```python title="{snippet}" then --8<-- "{snippet}"); delete it or include it',
            pytrace=False,
        )
    if not shown[snippet]:
        name = snippet.rsplit("/", 1)[-1]
        launchers = [
            p
            for p, runs in shown.items()
            if runs and name in (ROOT / p).read_text("utf-8")
        ]
        if not launchers:
            pytest.fail(
                f"{snippet}: shown as .launched, but no snippet that a page runs starts it "
                f"(none mentions {name!r}); run it on a page or from a launcher snippet",
                pytrace=False,
            )


def exercises():
    return [
        fence
        for page in pages_or_errors()[0]
        for fence in page.fences
        if fence.is_exercise
    ]


@pytest.mark.parametrize("fence", exercises(), ids=lambda f: f.where)
def test_exercise_has_its_solution(fence):
    """Starter and solution: the page shows both, and the solution prints what the exercise asks."""
    starter = fence.whole_snippet
    if not starter or not re.fullmatch(
        r"snippets/[\w-]+/exercises/\d\d\w*\.py", starter
    ):
        pytest.fail(
            f"{fence.where}: an .exercise block shows a whole starter file "
            "snippets/<chapter>/exercises/NN_name.py",
            pytrace=False,
        )
    if not fence.outputs:
        pytest.fail(
            f"{fence.where}: an exercise shows what a correct answer prints (an output block)",
            pytrace=False,
        )
    solution = solution_of(fence)
    if solution is None:
        pytest.fail(
            f"{fence.where}: no block on this page shows {solution_path(starter)} "
            "(its solution, in a /// solution block)",
            pytrace=False,
        )
    wanted = [
        (v.label, normalise(o.code, o.classes), sorted(o.classes))
        for v, o in fence.outputs
    ]
    shown = [
        (v.label, normalise(o.code, o.classes), sorted(o.classes))
        for v, o in solution.outputs
    ]
    if wanted != shown:
        pytest.fail(
            f"{fence.output.where}: the exercise expects an output that its solution "
            f"({solution.where}) does not show; `./dev update-outputs` writes both",
            pytrace=False,
        )
    lines = fence.page.read_text(encoding="utf-8").split("\n")
    before = [line for line in lines[: solution.line - 1] if line.strip()]
    if not before or not before[-1].startswith("/// solution"):
        pytest.fail(
            f"{solution.where}: a solution sits in a collapsed block, right after "
            f"'/// solution | {'答案' if page_lang(fence.page) == 'zh' else 'Solution'}'",
            pytrace=False,
        )
