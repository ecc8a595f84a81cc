"""What docs/processes.*.md says around snippets/processes/03_main_guard_required.py.

The page runs the unguarded script with spawn and shows the RuntimeError. It also claims that
the same script runs without error under fork (the child imports nothing again), that
forkserver, Linux's default from Python 3.14, fails like spawn, and that the
`if __name__ == "__main__":` guard is the fix. These tests run the snippet's own script text
under each start method, unguarded and guarded.
"""

import importlib.util
import multiprocessing
import subprocess
import sys

import pytest

from harness.missing import not_here
from harness.paths import ROOT

SNIPPET = "snippets/processes/03_main_guard_required.py"
METHODS = [
    m
    for m in ("fork", "spawn", "forkserver")
    if m in multiprocessing.get_all_start_methods()
]
PARENT_LINE = "top-level code runs, __name__ = '__main__'"
CHILD_LINE = "top-level code runs, __name__ = '__mp_main__'"


def unguarded_script():
    spec = importlib.util.spec_from_file_location("main_guard_snippet", ROOT / SNIPPET)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert '"spawn"' in module.UNGUARDED, (
        f"{SNIPPET}: the script no longer asks for spawn"
    )
    return module.UNGUARDED


def with_guard(script):
    head, marker, body = script.partition('print(f"top-level')
    assert marker, f"{SNIPPET}: cannot find the script's top-level code"
    indented = "".join(
        "    " + line for line in (marker + body).splitlines(keepends=True)
    )
    return head + 'if __name__ == "__main__":\n' + indented


def run_script(tmp_path, text):
    path = tmp_path / "script.py"
    path.write_text(text, encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-u", str(path)], capture_output=True, text=True, timeout=60
    )


@pytest.mark.parametrize("method", METHODS)
def test_unguarded_script_fails_when_the_child_imports_main_again(tmp_path, method):
    result = run_script(tmp_path, unguarded_script().replace('"spawn"', f'"{method}"'))
    lines = result.stdout.splitlines()
    assert result.returncode == 0, (
        f"{SNIPPET} under {method}: the parent itself should not fail\n{result.stderr}"
    )
    if method == "fork":
        assert (
            lines == [PARENT_LINE, "work() ran", "child exit code: 0"]
            and not result.stderr
        ), (
            f"{SNIPPET} under fork: the page says the unguarded script runs without error\n"
            f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}"
        )
    else:
        assert lines == [PARENT_LINE, CHILD_LINE, "child exit code: 1"], (
            f"{SNIPPET} under {method}: the child should import main again and fail\n{result.stdout}"
        )
        assert "finished its bootstrapping phase" in result.stderr, (
            f"{SNIPPET} under {method}: expected the bootstrapping RuntimeError\n{result.stderr}"
        )


@pytest.mark.parametrize("method", METHODS)
def test_the_guard_fixes_it(tmp_path, method):
    result = run_script(
        tmp_path, with_guard(unguarded_script()).replace('"spawn"', f'"{method}"')
    )
    assert result.returncode == 0 and not result.stderr, (
        f"{SNIPPET} with the guard added, under {method}:\n{result.stderr}"
    )
    assert result.stdout.splitlines() == [
        PARENT_LINE,
        "work() ran",
        "child exit code: 0",
    ], (
        f"{SNIPPET} with the guard added, under {method}: the child should only run work()\n"
        f"{result.stdout}"
    )


def forkserver_outcome(version: tuple[int, int, int]) -> str:
    """What the page says the unguarded script does under forkserver on ``version``."""
    if version >= (3, 15):
        return (
            "ignored"  # gh-141860: the server ignores the failed import; children fail
        )
    if version >= (3, 14, 1) or (3, 13, 8) <= version < (3, 14):
        return "raises"  # gh-126631: the server imports the main module, start() raises
    return "like spawn"


@pytest.mark.parametrize("minor", ["3.13", "3.14", "3.15"])
def test_forkserver_after_gh_126631(tmp_path, minor):
    """The page: under forkserver the server imports the main module once since 3.13.8 and
    3.14.1 (gh-126631), so the parent's start() raises (EOFError on 3.13, ConnectionResetError
    on 3.14); 3.15 ignores the server's failed import (gh-141860), and each child imports the
    module again and fails as under spawn."""
    from harness.pythons import pythons, release_of

    python = next((p for p in pythons() if p.name == minor), None)
    if python is None:
        not_here(f"no CPython {minor} in the matrix")
    path = tmp_path / "script.py"
    path.write_text(
        unguarded_script().replace('"spawn"', '"forkserver"'), encoding="utf-8"
    )
    run = [python.path, "-u", str(path)]
    result = subprocess.run(run, capture_output=True, text=True, timeout=60)
    version = release_of(python.path)
    outcome = forkserver_outcome(version)
    lines = result.stdout.splitlines()
    failures = result.stderr.count("finished its bootstrapping phase")
    where = f"{SNIPPET} unguarded under forkserver on {'.'.join(map(str, version))}"
    if outcome == "raises":
        error = "EOFError" if version < (3, 14) else "ConnectionResetError"
        assert lines == [PARENT_LINE, CHILD_LINE] and result.returncode != 0, (
            f"{where}: expected the parent's start() to raise\n{result.stdout}"
        )
        assert result.stderr.rstrip().splitlines()[-1].startswith(error), (
            f"{where}: expected {error}\n{result.stderr[-600:]}"
        )
    elif outcome == "ignored":
        assert result.returncode == 0 and failures == 1, (
            f"{where}: expected the parent to go on and one child to fail\n{result.stderr}"
        )
        assert lines == [PARENT_LINE, CHILD_LINE, CHILD_LINE, "child exit code: 1"], (
            f"{where}: expected the server and then the child to run the top-level "
            f"code\n{result.stdout}"
        )
    else:
        assert result.returncode == 0 and failures == 1, result.stderr
        assert lines == [PARENT_LINE, CHILD_LINE, "child exit code: 1"], result.stdout
