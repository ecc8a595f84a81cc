"""The lock chapter's first example must hold under every start method, not only the default.

Linux used fork by default up to Python 3.13 and forkserver from 3.14; macOS and Windows
use spawn. Under spawn and forkserver the child re-imports the script, so it needs
top-level functions and the main guard. The output must be the one the page shows.
"""

import multiprocessing
import os
import signal
import subprocess
import sys

import pytest

from harness.outputs import output_diff
from harness.pages import load_page
from harness.paths import ROOT
from harness.run import group_members

SNIPPET = "snippets/lock/01_processes_copy_threads_share.py"
LAUNCH = (
    "import multiprocessing, runpy, sys; "
    "multiprocessing.set_start_method(sys.argv[1]); "
    "runpy.run_path(sys.argv[2], run_name='__main__')"
)


def shown_output():
    for fence in load_page(ROOT / "docs" / "lock.en.md").fences:
        if fence.whole_snippet == SNIPPET and fence.output is not None:
            return fence.output
    pytest.fail(
        f"docs/lock.en.md does not show {SNIPPET} with its output", pytrace=False
    )


@pytest.mark.parametrize("method", ["fork", "spawn", "forkserver"])
def test_processes_copy_threads_share_under_start_method(method):
    if method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"start method {method!r} is not available on this platform")
    proc = subprocess.Popen(
        [sys.executable, "-c", LAUNCH, method, SNIPPET],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        stdout, stderr = proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        stdout, stderr = proc.communicate()
        pytest.fail(
            f"{SNIPPET} under {method}: still running after 30 s\n{stderr}",
            pytrace=False,
        )
    leftovers = group_members(proc.pid)
    if leftovers:
        os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == 0 and not stderr, (
        f"{SNIPPET} under {method}: exit {proc.returncode}\n{stderr}"
    )
    assert not leftovers, (
        f"{SNIPPET} under {method}: left processes running: {leftovers}"
    )
    diff = output_diff(shown_output(), stdout)
    assert not diff, (
        f"{SNIPPET} under {method} printed something else than the page shows:\n{diff}"
    )
