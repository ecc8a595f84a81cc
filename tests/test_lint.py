"""Examples are code like any other: every Python file of the project is ruff-clean and
ruff-formatted (settings in pyproject.toml; the examples' width, 79 columns, in
snippets/ruff.toml)."""

import subprocess
import sys

import pytest

from harness.paths import ROOT


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
