"""One example on every Python of the matrix, judged once: versions whose failure reads the
same are named together ("on 3.10–3.13"), so a wrong output is reported once, not per version.

Runs of different versions go on at the same time, but never more than ``SLOTS[kind]`` runs of
a kind on the whole machine (across test workers), so timing-sensitive programs see the load
they were measured under. Examples mostly sleep: 4 at a time left the 2 cores idle about half of
a cold run (vmstat), so they get 8. An exercise's run is traced and shaken, and its check times
what it sees: 6 at a time (a cold run in 447 s instead of 534 s with 4; with 6 test workers the
2 cores are then busy nearly all the run).
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from harness import reuse
from harness.fences import Fence, version_range
from harness.outputs import output_diff
from harness.pythons import Python, pythons_for
from harness.run import Run, command, example_env, problems, run_command

SLOTS = {
    "example": int(os.environ.get("DOCS_EXAMPLE_SLOTS", 8)),
    "exercise": int(os.environ.get("DOCS_EXERCISE_SLOTS", 6)),
}
UPDATE_HINT = (
    "`./dev update-outputs -k {name}` rewrites it from a real run; review the diff"
)


@contextlib.contextmanager
def machine_slot(kind: str = "example"):
    """Hold one of ``SLOTS[kind]`` machine-wide slots (flock on a file each) while a run goes on."""
    folder = Path(tempfile.gettempdir()) / f"docs-{kind}-slots-{os.getuid()}"
    folder.mkdir(exist_ok=True)
    while True:
        for k in range(SLOTS[kind]):
            handle = open(folder / f"slot-{k}", "a")  # noqa: SIM115 (held until released)
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                handle.close()
                continue
            try:
                yield
            finally:
                handle.close()
            return
        time.sleep(0.02)


def run_on(fence: Fence, python: Python, script: str | None = None) -> Run:
    """Run ``fence`` on ``python`` (reused if nothing it depends on changed)."""
    cmd = command(fence, python, script)
    files = [script or fence.whole_snippet] if (script or fence.whole_snippet) else []
    files += (
        re.findall(r"snippets/\S+?\.py", fence.code) if fence.lang == "bash" else []
    )
    name = reuse.key(cmd, python, files) if reuse.enabled() else None
    if name and (kept := reuse.load(name)) is not None:
        return kept
    with machine_slot():
        run = run_command(cmd, example_env(python))
    if name and run.returncode is not None:
        reuse.store(name, run)
    return run


def run_everywhere(fence: Fence, script: str | None = None) -> dict[Python, Run]:
    pys = pythons_for(fence)
    with ThreadPoolExecutor(max_workers=len(pys)) as pool:
        runs = pool.map(lambda py: run_on(fence, py, script), pys)
        return dict(zip(pys, runs))


def collapse(findings: dict[Python, str]) -> list[str]:
    """``{python: message}`` -> one paragraph per distinct message, naming its versions."""
    by_text: dict[str, list[tuple[int, int]]] = {}
    for python, text in findings.items():
        if text:
            by_text.setdefault(text, []).append(python.version)
    return [f"on {version_range(vs)}: {text}" for text, vs in by_text.items()]


def judge_example(fences: list[Fence], runs: dict[Python, Run]) -> str | None:
    """The one message for an example shown by ``fences`` (its twins), or None if it passed."""
    first = fences[0]
    source = f" ({', '.join(first.snippets)})" if first.snippets else ""
    code_at = " and ".join(f.where for f in fences) + source
    findings: dict[Python, str] = {}
    for python, run in runs.items():
        found = problems(run)
        if found:
            findings[python] = "\n".join(found) + (
                f"\nstdout:\n{run.stdout}" if run.stdout else ""
            )
            continue
        if not first.outputs:
            if run.stdout.strip():
                findings[python] = (
                    "prints output but the page shows none; add an output block ("
                    + UPDATE_HINT.format(name=first.name)
                    + f"):\n{run.stdout}"
                )
            continue
        diff = output_diff(first.output_for(python.version), run.stdout)
        if diff:
            shown_at = " and ".join(f.output_for(python.version).where for f in fences)
            findings[python] = (
                f"the output shown at {shown_at} is not what it printed; "
                + UPDATE_HINT.format(name=first.name)
                + f":\n{diff}"
            )
    if not findings:
        return None
    return f"{code_at}:\n" + "\n".join(collapse(findings))
