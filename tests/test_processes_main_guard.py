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


def python_314():
    from harness.pythons import pythons

    return next((p for p in pythons() if p.version >= (3, 14)), None)


def test_forkserver_on_314_fails_in_the_server(tmp_path):
    """The page: under forkserver on 3.14 the server imports the main module once (gh-126631),
    so the unguarded script fails there, and the parent's start() raises ConnectionResetError."""
    python = python_314()
    if python is None:
        not_here("no CPython 3.14 or newer in the matrix")
    path = tmp_path / "script.py"
    path.write_text(
        unguarded_script().replace('"spawn"', '"forkserver"'), encoding="utf-8"
    )
    result = subprocess.run(
        [python.path, "-u", str(path)], capture_output=True, text=True, timeout=60
    )
    assert result.stdout.splitlines()[:2] == [PARENT_LINE, CHILD_LINE], result.stdout
    assert result.returncode != 0 and "ConnectionResetError" in result.stderr, (
        f"{SNIPPET} under forkserver on {python.name}: expected the parent's start() to "
        f"raise ConnectionResetError\n{result.stdout}\n{result.stderr[-600:]}"
    )
