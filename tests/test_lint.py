"""Examples are code like any other: every Python file of the project is ruff-clean and
ruff-formatted (settings in pyproject.toml; the examples' width, 79 columns, in
snippets/ruff.toml)."""

import re
import subprocess
import sys

import pytest

from harness.paths import ROOT, rel


@pytest.mark.parametrize(
    "args",
    [["check", "--no-fix"], ["format", "--check", "--diff"]],
    ids=["check", "format"],
)
def test_ruff(args):
    folders = ["snippets", "tests", "harness", "tools", "overrides"]
    result = subprocess.run(
        [sys.executable, "-m", "ruff", *args, *folders],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, (
        f"ruff {' '.join(args)}:\n{result.stdout}{result.stderr}"
    )


# A trailing comment that ruff could not fit wraps its statement over three lines, the comment on
# the closing bracket: `x = f(\n    1\n)  # why`. In an example the reader sees, the comment goes
# on its own line above the statement. A docstring split like a string literal ("…it "\n"blocks.")
# keeps the quotes in the text.
WRAPPED_BY_A_COMMENT = re.compile(r"^[ \t]*\)[:,]?[ \t]+#", re.M)
SPLIT_DOCSTRING = re.compile(r'""".*? "\n\s*"[^"\n]*"""')


def test_examples_read_as_written():
    problems = []
    for path in sorted((ROOT / "snippets").rglob("*.py")):
        if path.name.endswith("_check.py"):
            continue  # checks are not shown on the pages
        text = path.read_text(encoding="utf-8")
        for pattern, what in (
            (
                WRAPPED_BY_A_COMMENT,
                "a statement wrapped by its trailing comment: put the "
                "comment on its own line above the statement",
            ),
            (
                SPLIT_DOCSTRING,
                'a docstring split like a string literal: remove the " "\\n" "',
            ),
        ):
            for m in pattern.finditer(text):
                line = text.count("\n", 0, m.start()) + 1
                problems.append(f"{rel(path)}:{line}: {what}")
    assert not problems, "\n".join(problems)
