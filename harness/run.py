"""One block in a fresh process, as a reader runs it: from the repository root, on a chosen
CPython, with a timeout; the whole process group is killed at the timeout, and any process the
block leaves alive is reported (and killed)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from harness.fences import Fence
from harness.paths import EXAMPLE_TIMEOUT, ROOT
from harness.pythons import PROJECT_PYTHON, Python, shim_dir


@dataclass
class Run:
    stdout: str
    stderr: str
    returncode: int | None  # None: killed at the timeout
    seconds: float
    leftovers: list[str]  # processes still alive after the example ended


def example_env(python: Python, extra: dict[str, str] | None = None) -> dict[str, str]:
    """The reader's environment: unbuffered UTF-8 output, no bytecode files, ``python`` on PATH
    being ``python`` (bash blocks call it), nothing of the test run's own Python settings."""
    env = dict(
        os.environ,
        PYTHONUNBUFFERED="1",
        PYTHONIOENCODING="utf-8",
        PYTHONDONTWRITEBYTECODE="1",
    )
    for name in ("PYTHONHOME", "PYTHONPATH", "VIRTUAL_ENV", "PYTEST_XDIST_WORKER"):
        env.pop(name, None)
    folders = [str(Path(sys.executable).parent)]
    if not python.is_project:
        folders.insert(0, shim_dir(python))
    env["PATH"] = os.pathsep.join([*folders, env.get("PATH", "")])
    env.update(extra or {})
    return env


def start_process(cmd: list[str], env: dict[str, str]) -> subprocess.Popen:
    """Start ``cmd`` from the repository root in a process group of its own (killable as a tree)."""
    return subprocess.Popen(
        cmd,
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        errors="replace",
        start_new_session=True,
    )


def command(fence: Fence, python: Python, script: str | None = None) -> list[str]:
    if fence.lang == "bash":
        return ["bash", "-euo", "pipefail", "-c", fence.code]
    if script or fence.whole_snippet:
        return [python.path, script or fence.whole_snippet]
    return [python.path, "-c", fence.code]


def run_command(
    cmd: list[str], env: dict[str, str], timeout: float = EXAMPLE_TIMEOUT
) -> Run:
    started = time.monotonic()
    proc = start_process(cmd, env)
    try:
        stdout, stderr = proc.communicate(timeout=timeout)
        code = proc.returncode
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        stdout, stderr = proc.communicate()
        code = None
    seconds = time.monotonic() - started
    leftovers = group_members(proc.pid)
    if leftovers:
        os.killpg(proc.pid, signal.SIGKILL)
    return Run(stdout, stderr, code, seconds, leftovers)


def run_fence(
    fence: Fence,
    timeout: float = EXAMPLE_TIMEOUT,
    python: Python = PROJECT_PYTHON,
    script: str | None = None,
) -> Run:
    """Run a block on ``python`` (bash blocks find it as ``python``); ``script`` runs another
    file in its place (a reader's attempt at an exercise)."""
    return run_command(command(fence, python, script), example_env(python), timeout)


def group_members(pgid: int, grace: float = 2.0) -> list[str]:
    """Live (non-zombie) processes left in a process group, after a short grace period."""
    deadline = time.monotonic() + grace
    while True:
        alive = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                text = stat.read_text()
            except OSError:
                continue
            name_end = text.rindex(")")
            state, _, pgrp = text[name_end + 2 :].split()[:3]
            if int(pgrp) == pgid and state != "Z":
                alive.append(
                    f"pid {stat.parent.name} {text[text.index('(') : name_end + 1]}"
                )
        if not alive or time.monotonic() > deadline:
            return alive
        time.sleep(0.05)


def problems(run: Run, timeout: float = EXAMPLE_TIMEOUT) -> list[str]:
    """What is wrong with a run apart from its output: hung, failed, stderr, leftovers."""
    found = []
    if run.returncode is None:
        found.append(
            f"still running after {timeout:g} s, killed with its child processes"
        )
    elif run.returncode != 0 or run.stderr:
        found.append(
            f"exited with {run.returncode} and wrote to stderr:\n{run.stderr.rstrip()}"
        )
    if run.leftovers:
        found.append(f"left processes running: {', '.join(run.leftovers)}")
    return found
