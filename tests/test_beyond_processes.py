"""The "beyond" chapter's Dask cluster as real OS processes: scheduler and workers over 127.0.0.1.

Each program runs in a process group of its own (start_new_session). The tests check what the
page claims and the page's output cannot show: every socket listens on 127.0.0.1 only, a killed
worker's tasks are rerun, and nothing is left running afterwards (no live process in any group,
none carrying the test's marker in its environment).
"""

import contextlib
import os
import secrets
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from harness.pages import load_page
from harness.paths import ROOT
from harness.run import group_members, start_process

SNIPPETS = ROOT / "snippets" / "beyond"
LAUNCHER = SNIPPETS / "02_run_scheduler_and_workers.py"
TLS = SNIPPETS / "04_tls.py"
TIMEOUT = 20  # seconds for a program to end by itself; the runs take about 3-5 s
MARKER = "BEYOND_TEST_MARKER"

# Tasks use stdlib functions: the scheduler and the workers cannot import this test module, and
# Dask sends a function from an importable module by name (only __main__'s go by value).


def page_commands():
    """The `dask scheduler ...` and `dask worker ...` commands the page tells readers to type."""
    page = load_page(ROOT / "docs" / "beyond.en.md")
    commands = []
    for fence in page.fences:
        if fence.lang != "bash":
            continue
        text = fence.code.replace("\\\n", " ")
        commands += [
            line.split() for line in text.splitlines() if line.startswith("dask ")
        ]
    return commands


def shown_output(snippet):
    page = load_page(ROOT / "docs" / "beyond.en.md")
    rel = snippet.relative_to(ROOT).as_posix()
    return next(f for f in page.fences if f.whole_snippet == rel).output.code


def marked(token):
    """Live processes whose environment carries the test's marker."""
    found = []
    for proc in psutil.process_iter(["pid", "status"]):
        try:
            if proc.info["status"] == psutil.STATUS_ZOMBIE:
                continue
            if proc.environ().get(MARKER) == token:
                found.append(proc.pid)
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
    return found


def listening(pids):
    """The addresses the given processes and their children listen on."""
    addresses = set()
    for pid in pids:
        try:
            parent = psutil.Process(pid)
            for proc in [parent, *parent.children(recursive=True)]:
                addresses |= {
                    f"{c.laddr.ip}:{c.laddr.port}"
                    for c in proc.net_connections(kind="tcp")
                    if c.status == psutil.CONN_LISTEN
                }
        except psutil.NoSuchProcess:
            continue
    return addresses


class Cluster:
    """Scheduler and workers started with the page's own commands, each in its own group."""

    def __init__(self, tmp: Path):
        self.token = secrets.token_hex(8)
        self.env = dict(os.environ, PYTHONUNBUFFERED="1", **{MARKER: self.token})
        self.env["PATH"] = os.pathsep.join(
            [str(Path(sys.executable).parent), self.env["PATH"]]
        )
        self.scheduler_file = str(tmp / "scheduler.json")
        self.procs = []

    def start(self, command, *extra):
        argv = [self.scheduler_file if a == "scheduler.json" else a for a in command]
        argv = [sys.executable, "-m", "dask", *argv[1:], *extra]
        proc = start_process(argv, self.env)
        self.procs.append(proc)
        return proc

    def cleanup(self):
        """Kill whatever is still running; return what had to be killed."""
        left = []
        for proc in self.procs:
            left += group_members(proc.pid)
            if proc.poll() is None or left:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
        return left + marked(self.token)


@pytest.fixture
def cluster(tmp_path):
    cluster = Cluster(tmp_path)
    yield cluster
    left = cluster.cleanup()
    assert not left, f"processes were still running after the test: {left}"


def client_for(cluster):
    from distributed import Client

    return Client(scheduler_file=cluster.scheduler_file, timeout=TIMEOUT)


def test_page_shows_the_commands_the_launcher_runs():
    commands = page_commands()
    assert [c[:2] for c in commands] == [["dask", "scheduler"], ["dask", "worker"]], (
        commands
    )
    source = LAUNCHER.read_text(encoding="utf-8")
    for flag in {a for c in commands for a in c if a.startswith("--")}:
        assert f'"{flag}"' in source, (
            f"the page's flag {flag} is not in {LAUNCHER.name}"
        )


def test_scheduler_and_worker_listen_on_loopback_and_leave_nothing(cluster):
    scheduler_cmd, worker_cmd = page_commands()
    scheduler = cluster.start(scheduler_cmd)
    worker = cluster.start(worker_cmd)
    with client_for(cluster) as client:
        client.wait_for_workers(1, timeout=TIMEOUT)
        assert client.gather(client.map(pow, [3, 4], [2, 2])) == [9, 16]
        addresses = listening([scheduler.pid, worker.pid])
        assert addresses, "found no listening socket"
        assert all(a.startswith("127.0.0.1:") for a in addresses), addresses
        client.shutdown()
    assert scheduler.wait(timeout=TIMEOUT) == 0
    assert worker.wait(timeout=TIMEOUT) == 0
    assert not group_members(scheduler.pid) and not group_members(worker.pid)


def test_killed_worker_process_tasks_are_rerun(cluster):
    scheduler_cmd, worker_cmd = page_commands()
    cluster.start(scheduler_cmd)
    workers = [cluster.start(worker_cmd) for _ in range(2)]
    with client_for(cluster) as client:
        client.wait_for_workers(2, timeout=TIMEOUT)
        pids = client.run(
            os.getpid
        )  # {address: pid}; with --no-nanny, the dask process itself
        futures = client.map(time.sleep, [0.3] * 8, pure=False)
        deadline = time.monotonic() + TIMEOUT
        while not all(client.processing().values()) and time.monotonic() < deadline:
            time.sleep(0.02)
        victim = next(a for a, keys in client.processing().items() if keys)
        group = next(w for w in workers if w.pid == pids[victim])
        os.killpg(group.pid, signal.SIGKILL)
        assert client.gather(futures) == [None] * 8  # every task ran to the end
        assert list(client.scheduler_info()["workers"]) == [
            a for a in pids if a != victim
        ]
        client.shutdown()
    codes = [proc.wait(timeout=TIMEOUT) for proc in cluster.procs]
    assert codes == [0, *(-signal.SIGKILL if w is group else 0 for w in workers)], codes


def test_launcher_prints_the_page_output_and_leaves_nothing(tmp_path):
    cluster = Cluster(tmp_path)
    proc = start_process([sys.executable, str(LAUNCHER)], cluster.env)
    cluster.procs.append(proc)
    try:
        out, err = proc.communicate(timeout=30)
    finally:
        left = cluster.cleanup()
    assert proc.returncode == 0, err
    assert not err, err
    assert out == shown_output(LAUNCHER).rstrip("\n") + "\n"
    assert not left, f"the launcher left processes running: {left}"


def test_tls_refuses_a_client_with_another_certificate():
    run = subprocess.run(
        [sys.executable, str(TLS)], cwd=ROOT, capture_output=True, text=True, timeout=30
    )
    assert run.returncode == 0 and not run.stderr, run.stderr
    lines = dict(line.split(": ", 1) for line in run.stdout.splitlines())
    assert lines["same certificate"] == "[1, 4, 9]"
    assert lines["another certificate"].startswith(
        "FatalCommClosedError: TLS certificate does not match"
    )
    for refused in ("another certificate", "no certificate"):
        assert "[" not in lines[refused].split(":")[0], lines[refused]
        assert "Error" in lines[refused], lines[refused]
