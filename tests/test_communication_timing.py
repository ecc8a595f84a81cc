"""The communication chapter's timing-based examples must print the same thing on every run.

Several examples turn timings into fixed output ("waited for a free slot", "max at once: 3",
"processed 3 of 6 items"). The page shows one run; these tests start several copies of each
example at the same time, so that they also run on a busy machine, and require every copy to
print the same lines, including the lines that carry the lesson.
"""

import os
import subprocess
import sys

import pytest

from harness.paths import ROOT

COPIES = 4  # run at once, on top of whatever else the suite is running

# (snippet, a line every run must print)
EXAMPLES = [
    ("04_bounded_queue.py", "put(3) waited for a free slot, queue size 2"),
    ("08_condition_wait_for.py", "at least 3 results: True"),
    ("09_semaphore.py", "downloads: 10, max at once: 3"),
    ("11_barrier.py", "order: ['ready', 'ready', 'ready', 'action', 'go', 'go', 'go']"),
    ("14_one_sentinel.py", "consumers still waiting after 0.5 s: 2"),
    ("exercises/01_idle_timeout_solution.py", "processed 6 of 6 items"),
    ("exercises/02_back_pressure_solution.py", "max size seen: 2"),
    ("exercises/03_cap_downloads_solution.py", "downloads: 8, max at once: 3"),
]


def run_copies(name, copies):
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    path = ROOT / "snippets" / "communication" / name
    procs = [
        subprocess.Popen(
            [sys.executable, str(path)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(copies)
    ]
    results = []
    for proc in procs:
        try:
            out, err = proc.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, err = proc.communicate()
        results.append((proc.returncode, out, err))
    return results


@pytest.mark.parametrize(("name", "line"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_timing_example_prints_the_same_on_every_run(name, line):
    results = run_copies(name, COPIES)
    for code, out, err in results:
        assert code == 0 and not err, f"{name} failed (exit {code}):\n{err}"
        assert line in out.splitlines(), (
            f"{name}: expected the line {line!r}, got:\n{out}"
        )
    outputs = {out for _, out, _ in results}
    assert len(outputs) == 1, (
        f"{name}: {COPIES} runs at once printed different outputs:\n"
        + ("\n---\n".join(sorted(outputs)))
    )
