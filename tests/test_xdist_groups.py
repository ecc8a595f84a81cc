"""The suite relies on ``--dist loadgroup`` keeping an ``xdist_group`` on one worker: a page's
browser tests share one visit, the audits run one after another. pytest-xdist 3.8 marks a group
by rewriting node ids, which pytest 9.2 ignores (pytest-xdist issue 1386): nothing fails then,
every worker that gets one of a page's tests visits the page again."""

import re
import subprocess
import sys
from importlib.metadata import version

GROUPED = """
import pytest

@pytest.mark.xdist_group("one")
@pytest.mark.parametrize("k", range(6))
def test_grouped(k):
    pass

@pytest.mark.parametrize("k", range(6))
def test_free(k):
    pass
"""


def test_a_group_runs_on_one_worker(tmp_path):
    (tmp_path / "test_groups.py").write_text(GROUPED)
    pytest = [sys.executable, "-m", "pytest", "-v", "-p", "no:cacheprovider"]
    done = subprocess.run(
        [*pytest, "-n", "2", "--dist", "loadgroup", "-c", "/dev/null", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    workers = set(re.findall(r"\[(gw\d)\].*test_grouped", done.stdout))
    assert len(workers) == 1, (
        f"pytest {version('pytest')} with pytest-xdist {version('pytest-xdist')} split one"
        f" xdist_group over {sorted(workers)} (pytest-xdist issue 1386): pin in"
        " requirements.txt a pytest that this pytest-xdist supports\n" + done.stdout
    )
