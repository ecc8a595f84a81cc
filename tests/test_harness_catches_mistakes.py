"""The harness must fail, naming the file, on each mistake a contributor can make.

Each case copies the project to a temporary folder, makes one mistake there and runs the part of
the suite that guards against it in a subprocess; the run must fail with the expected message.
"""

import os
import shutil
import subprocess
import sys

import pytest

from harness.browser import chromium_path
from harness.missing import not_here
from harness.paths import ROOT

COPIED = [
    "docs",
    "includes",
    "harness",
    "snippets",
    "tests",
    "tools",
    "overrides",
    "mkdocs.yml",
    "pyproject.toml",
    "jieba_dict_user.txt",
    "requirements.txt",
]
START_JOIN = "snippets/threads/01_start_join.py"
FOREVER = 'import time\n\nif __name__ == "__main__":\n    time.sleep(10**6)\n'


def append(path, text):
    with open(path, "a", encoding="utf-8") as f:
        f.write(text)


def include(snippet):
    return f'\n```python title="{snippet}"\n--8<-- "{snippet}"\n```\n'


def change_printed_string(tree):
    path = tree / START_JOIN
    path.write_text(path.read_text().replace('f"{name} ended"', 'f"{name} has ended"'))


def delete_twin(tree):
    (tree / "docs/lock.en.md").unlink()


def titled_fence_that_raises(tree):
    append(
        tree / "docs/threads.en.md",
        '\n```python title="raises.py"\nraise ValueError("boom")\n```\n',
    )


def include_missing_snippet(tree):
    append(tree / "docs/threads.zh.md", include("snippets/threads/99_missing.py"))


def example_that_never_ends(tree):
    (tree / "snippets/threads/98_forever.py").write_text(FOREVER)
    for lang in ("zh", "en"):
        append(
            tree / f"docs/threads.{lang}.md", include("snippets/threads/98_forever.py")
        )


def snippet_no_page_includes(tree):
    (tree / "snippets/threads/97_orphan.py").write_text('print("orphan")\n')


def fence_the_harness_cannot_read(tree):
    append(tree / "docs/threads.zh.md", '\n```py title="x.py"\nprint(1)\n```\n')


def output_marker_on_the_code(tree):
    append(
        tree / "docs/threads.zh.md",
        '\n```{.python .any-order title="x.py"}\nprint(1)\n```\n',
    )


def script_from_a_cdn(tree):
    append(
        tree / "docs/threads.zh.md",
        '\n<script src="https://cdn.example.com/lib.js"></script>\n',
    )


def font_from_google(tree):
    config = tree / "mkdocs.yml"
    config.write_text(
        config.read_text().replace("font: false", "font:\n    text: Noto Sans SC", 1)
    )


def snippet_everywhere(tree, name, code):
    (tree / f"snippets/threads/{name}").write_text(code)
    for lang in ("zh", "en"):
        append(tree / f"docs/threads.{lang}.md", include(f"snippets/threads/{name}"))


def match_statement(tree):
    """Runs on 3.10+ only: a SyntaxError on 3.9."""
    snippet_everywhere(
        tree,
        "96_match.py",
        'if __name__ == "__main__":\n    match 1:\n        case _:\n            pass\n',
    )


def module_removed_in_313(tree):
    """cgi was removed in 3.13 (PEP 594): runs on 3.9–3.12 only."""
    snippet_everywhere(tree, "95_cgi.py", "import cgi  # noqa: F401\n")


def twin_includes_another_snippet(tree):
    page = tree / "docs/threads.en.md"
    page.write_text(
        page.read_text().replace(
            "snippets/threads/06_low_level_thread.py", "snippets/threads/05_daemon.py"
        )
    )


def indented_output_in_a_collapsed_block(tree):
    append(
        tree / "docs/threads.zh.md",
        '\n??? note "x"\n    ```python title="x.py"\n    print(1)\n    ```\n',
    )


def twin_shows_another_output(tree):
    page = tree / "docs/threads.en.md"
    page.write_text(
        page.read_text().replace("LoopThread ended\n", "LoopThread is done\n", 1)
    )


def starter_already_solved(tree):
    """An exercise whose starter already prints the right answer."""
    starter = tree / "snippets/threads/exercises/01_join_before_reading.py"
    solution = starter.with_name("01_join_before_reading_solution.py")
    starter.write_text(solution.read_text())


def check_module_left_visible(tree):
    """The exercise check leaves its own module in the attempt's sys.modules."""
    observe = tree / "harness/exercises/observe.py"
    text = observe.read_text()
    hidden = 'if name in ("harness", "exercise_check") or'
    assert hidden in text, "observe.plain_run changed: update this case"
    observe.write_text(text.replace(hidden, 'if name in ("harness",) or'))


# (mistake, what to run, what the failure must say, what it must say exactly once)
CASES = [
    (
        change_printed_string,
        ["tests/test_examples.py", "-k", START_JOIN],
        [
            "docs/threads.en.md:",
            # one paragraph naming every version together, from the oldest here
            lambda: f"({START_JOIN}):\non {oldest_here()}",
            "`./dev update-outputs -k snippets/threads/01_start_join.py` rewrites it",
        ],
        ["-LoopThread ended", "+LoopThread has ended"],
    ),
    (
        delete_twin,
        ["tests/test_pages.py", "-k", "lock"],
        [
            "docs/lock.zh.md: its twin docs/lock.en.md is missing",
            "(add docs/lock.en.md)",
        ],
        [],
    ),
    (
        titled_fence_that_raises,
        ["tests/test_examples.py", "-k", "threads.en.md"],
        ["docs/threads.en.md:", "ValueError: boom"],
        [],
    ),
    (
        include_missing_snippet,
        ["tests/test_pages.py", "-k", "conventions and threads.zh"],
        ["docs/threads.zh.md: Snippet at path 'snippets/threads/99_missing.py'"],
        ["could not be found"],
    ),
    (
        example_that_never_ends,
        ["tests/test_examples.py", "-k", "98_forever.py"],
        ["snippets/threads/98_forever.py", "still running after 3 s, killed"],
        [],
    ),
    (
        snippet_no_page_includes,
        ["tests/test_pages.py", "-k", "97_orphan"],
        ["snippets/threads/97_orphan.py: no page shows this file in full"],
        [],
    ),
    (
        fence_the_harness_cannot_read,
        ["tests/test_pages.py", "-k", "conventions and threads.zh"],
        ["docs/threads.zh.md:", "Write ```python, ```bash or ```text"],
        ["fence language 'py'"],
    ),
    (
        output_marker_on_the_code,
        ["tests/test_pages.py", "-k", "conventions and threads.zh"],
        ["docs/threads.zh.md:", "['any-order'] belongs on the output block"],
        [],
    ),
    (
        match_statement,
        ["tests/test_examples.py", "-k", "96_match.py"],
        [
            lambda: (
                f"96_match.py):\non {versions_between((3, 9), (3, 9))}: exited with 1"
            ),
            "SyntaxError",
        ],
        [],
    ),
    (
        module_removed_in_313,
        ["tests/test_examples.py", "-k", "95_cgi.py"],
        [
            "snippets/threads/95_cgi.py):",
            lambda: f"\non {versions_between((3, 13), (3, 99))}: exited with 1",
            "ModuleNotFoundError",
        ],
        [],
    ),
    (
        twin_includes_another_snippet,
        ["tests/test_pages.py", "-k", "twins and threads"],
        [
            "docs/threads.en.md:",
            "includes snippets/threads/05_daemon.py where docs/threads.zh.md:",
        ],
        [],
    ),
    (
        twin_shows_another_output,
        ["tests/test_pages.py", "-k", "twins and threads"],
        [
            "show different blocks; twins show the same code and output",
            "LoopThread ended  |  docs/threads.en.md:",
        ],
        [],
    ),
    (
        indented_output_in_a_collapsed_block,
        ["tests/test_pages.py", "-k", "conventions and threads.zh"],
        ["docs/threads.zh.md:", "an indented code block"],
        [],
    ),
    (
        check_module_left_visible,
        ["tests/test_exercises.py", "-k", "plain_run"],
        [
            "the attempt can tell it is checked",
            "harness/exercises/observe.py:",
            "(plain_run): sys.modules has ['exercise_check']",
        ],
        [],
    ),
    (
        starter_already_solved,
        ["tests/test_exercises.py", "-k", "not_yet and 01_join_before_reading"],
        ["snippets/threads/exercises/01_join_before_reading.py", "exited 0, not 1"],
        [],
    ),
]
BROWSER_CASES = [
    (
        script_from_a_cdn,
        ["tests/test_browser.py", "-k", "loads_cleanly and zh-/threads/"],
        ["/threads/ in zh", "request leaves 127.0.0.1: https://cdn.example.com/lib.js"],
        [],
    ),
    (
        font_from_google,
        ["tests/test_browser.py", "-k", "loads_cleanly and en-/en/threads/"],
        ["request leaves 127.0.0.1: https://fonts.googleapis.com/"],
        [],
    ),
]


def run_with_mistake(tmp_path, mistake, args):
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(
                source, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__")
            )
        else:
            shutil.copy2(source, tmp_path / name)
    mistake(tmp_path)
    env = dict(
        os.environ, DOCS_EXAMPLE_TIMEOUT="3", NO_MKDOCS_2_WARNING="1", DOCS_REUSE="0"
    )
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-n",
            "0",
            "-q",
            "-p",
            "no:cacheprovider",
            *args,
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def oldest_here() -> str:
    from harness.pythons import pythons

    return pythons()[0].name


def versions_between(low: tuple[int, int], high: tuple[int, int]) -> str:
    """The matrix's versions from ``low`` to ``high``, as a failure names them (``3.13–3.15``);
    the case cannot be shown without one of them."""
    from harness.fences import version_range
    from harness.pythons import pythons

    found = [py.version for py in pythons() if low <= py.version <= high]
    if not found:
        wanted = f"3.{low[1]}" + ("+" if high[1] > 90 else "")
        not_here(f"no CPython {wanted} in the matrix for this case", "pyenv install")
    return version_range(found)


def check(tmp_path, mistake, args, expected, once):
    expected = [text() if callable(text) else text for text in expected]
    result = run_with_mistake(tmp_path, mistake, args)
    output = result.stdout + result.stderr
    missing = [text for text in expected + once if text not in output]
    # pytest's short summary (-ra) repeats each failure's first line: count before it
    report = output.split("short test summary info")[0]
    repeated = [text for text in once if report.count(text) > 1]
    chained = "During handling of the above exception" in output
    assert result.returncode == 1 and not missing and not repeated and not chained, (
        f"{mistake.__name__}: pytest {' '.join(args)} exited {result.returncode}; expected one "
        f"failure saying {missing or expected}, {repeated or once} only once, and no chained "
        f"exception (chained: {chained}). Output:\n{output[-3000:]}"
    )


@pytest.mark.parametrize(
    ("mistake", "args", "expected", "once"), CASES, ids=[c[0].__name__ for c in CASES]
)
def test_mistake_fails_with_a_clear_message(tmp_path, mistake, args, expected, once):
    check(tmp_path, mistake, args, expected, once)


@pytest.mark.browser
@pytest.mark.parametrize(
    ("mistake", "args", "expected", "once"),
    BROWSER_CASES,
    ids=[c[0].__name__ for c in BROWSER_CASES],
)
def test_browser_mistake_fails_with_a_clear_message(
    tmp_path, mistake, args, expected, once
):
    if chromium_path() is None:
        not_here("no Chromium for the browser tests")
    check(tmp_path, mistake, args, expected, once)


def match_statement_declared(tree):
    """The same 3.10+ example, declaring its minimum: it runs on 3.10+ only, and passes."""
    snippet_everywhere(
        tree,
        "96_match.py",
        "# requires: Python 3.10+\n"
        'if __name__ == "__main__":\n    match 1:\n        case _:\n            pass\n',
    )


def test_a_declared_minimum_version_is_respected(tmp_path):
    result = run_with_mistake(
        tmp_path,
        match_statement_declared,
        ["tests/test_examples.py", "-k", "96_match.py"],
    )
    assert result.returncode == 0 and "1 passed" in result.stdout, (
        f"an example declaring '# requires: Python 3.10+' should run on 3.10+ only:\n"
        f"{result.stdout[-2000:]}{result.stderr[-1000:]}"
    )
