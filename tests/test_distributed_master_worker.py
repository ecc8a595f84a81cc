"""The distributed chapter's master and worker, run as a reader runs them: two OS processes over TCP.

Each program runs in its own process group (start_new_session), on a free port of 127.0.0.1 and
with a fresh authkey, so tests can run in parallel and port 5000 may be taken. Whatever happens,
the fixture kills both groups at the end and fails the test if a process was still running.
"""

import contextlib
import os
import secrets
import signal
import socket
import subprocess
import sys
import threading
from multiprocessing.managers import BaseManager
from pathlib import Path

import pytest

from harness.pages import load_page
from harness.paths import ROOT
from harness.run import group_members, start_process

SNIPPETS = ROOT / "snippets" / "distributed"
MASTER = SNIPPETS / "01_task_master.py"
WORKER = SNIPPETS / "02_task_worker.py"
LAUNCHER = SNIPPETS / "03_run_master_and_worker.py"
TIMEOUT = 25  # seconds for one program to end by itself; the examples take about 4 s


def shown_outputs():
    """The master's and the worker's output as the page shows them, under the launcher."""
    page = load_page(ROOT / "docs" / "distributed.en.md")
    launcher = next(f for f in page.fences if f.whole_snippet == rel(LAUNCHER))
    master, worker = launcher.output.code.split("--- worker ---\n")
    return master.removeprefix("--- master ---\n"), worker


# Runs a script under a given start method, as on macOS/Windows (spawn) or Linux from 3.14 (forkserver).
WITH_START_METHOD = (
    "import multiprocessing, runpy, sys; multiprocessing.set_start_method(sys.argv[1]); "
    "sys.argv = sys.argv[2:]; runpy.run_path(sys.argv[0], run_name='__main__')"
)


def rel(path):
    return path.relative_to(ROOT).as_posix()


MASTER_OUTPUT, WORKER_OUTPUT = shown_outputs()


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Programs:
    """Starts programs in their own process groups; ``cleanup`` kills what is left and reports it."""

    def __init__(self):
        self.procs = []  # (process, name)

    def env(self, **extra):
        env = dict(os.environ, PYTHONUNBUFFERED="1", PYTHONIOENCODING="utf-8")
        env.update(TASK_AUTHKEY=secrets.token_hex(32), TASK_PORT=str(free_port()))
        env.update(extra)
        return env

    def start(self, script, env, start_method=None):
        prefix = ["-c", WITH_START_METHOD, start_method] if start_method else []
        proc = start_process([sys.executable, *prefix, str(script)], env)
        self.procs.append((proc, rel(script)))
        return proc

    def first_line(self, proc, timeout=TIMEOUT):
        """The first line a program prints (the master prints it once it serves)."""
        box = []
        reader = threading.Thread(
            target=lambda: box.append(proc.stdout.readline()), daemon=True
        )
        reader.start()
        reader.join(timeout)
        if not box:
            pytest.fail(
                f"{self.name(proc)}: printed nothing within {timeout} s", pytrace=False
            )
        return box[0]

    def finish(self, proc, timeout=TIMEOUT):
        """Wait for a program to end by itself; (stdout, stderr, returncode)."""
        try:
            out, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            out, err = proc.communicate()
            pytest.fail(
                f"{self.name(proc)}: still running after {timeout} s, killed.\n"
                f"stdout:\n{out}\nstderr:\n{err}",
                pytrace=False,
            )
        return out, err, proc.returncode

    def name(self, proc):
        return next(name for p, name in self.procs if p is proc)

    def cleanup(self):
        leftovers = []
        for proc, name in self.procs:
            alive = group_members(proc.pid, grace=3.0)
            if alive:
                leftovers.append(f"{name}: {alive}")
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
        return leftovers


@pytest.fixture
def programs():
    tracker = Programs()
    try:
        yield tracker
    finally:
        leftovers = tracker.cleanup()
    if leftovers:
        pytest.fail(
            f"processes left running after the test: {leftovers}", pytrace=False
        )


def run_master_and_worker(programs, start_method=None):
    env = programs.env()
    master = programs.start(MASTER, env, start_method)
    first = programs.first_line(master)
    worker = programs.start(WORKER, env)
    w_out, w_err, w_code = programs.finish(worker)
    m_out, m_err, m_code = programs.finish(master)
    return (first + m_out, m_err, m_code), (w_out, w_err, w_code)


def check(name, run, expected):
    out, err, code = run
    assert (code, err) == (0, ""), (
        f"{name}: exited with {code}, stderr:\n{err}\nstdout:\n{out}"
    )
    assert out == expected, f"{name} printed:\n{out}\nexpected:\n{expected}"


def test_master_and_worker_over_tcp(programs):
    master, worker = run_master_and_worker(programs)
    check(rel(MASTER), master, MASTER_OUTPUT)
    check(rel(WORKER), worker, WORKER_OUTPUT)


@pytest.mark.parametrize("start_method", ["spawn", "forkserver"])
def test_master_works_with_start_method(programs, start_method):
    """Registered callables are top-level functions, so spawn and forkserver can pickle them."""
    master, worker = run_master_and_worker(programs, start_method)
    check(f"{rel(MASTER)} ({start_method})", master, MASTER_OUTPUT)
    check(rel(WORKER), worker, WORKER_OUTPUT)


def test_launcher_does_not_need_port_5000(programs):
    holder = socket.socket()
    try:
        holder.bind(("127.0.0.1", 5000))
        holder.listen()
    except OSError:
        pass  # someone else holds it: taken either way
    try:
        launcher = programs.start(LAUNCHER, dict(os.environ))
        out, err, code = programs.finish(launcher)
    finally:
        holder.close()
    expected = f"--- master ---\n{MASTER_OUTPUT}--- worker ---\n{WORKER_OUTPUT}"
    check(f"{rel(LAUNCHER)} with port 5000 taken", (out, err, code), expected)


@pytest.mark.parametrize("script", [MASTER, WORKER], ids=rel)
def test_refuses_to_start_without_authkey(programs, script):
    env = programs.env()
    del env["TASK_AUTHKEY"]
    proc = programs.start(script, env)
    out, err, code = programs.finish(proc, timeout=10)
    assert code == 1, f"{rel(script)}: started without TASK_AUTHKEY (exit code {code})"
    assert "set TASK_AUTHKEY" in err, (
        f"{rel(script)}: no hint about TASK_AUTHKEY:\n{err}"
    )
    assert out == "", f"{rel(script)}: printed {out!r} before refusing"


def test_master_gives_up_when_the_worker_is_killed(programs):
    env = programs.env()
    master = programs.start(MASTER, env)
    programs.first_line(master)
    worker = programs.start(WORKER, env)
    assert programs.first_line(worker) == "worker: connected to 127.0.0.1\n"
    os.killpg(worker.pid, signal.SIGKILL)
    out, err, code = programs.finish(master)
    assert code == 1, (
        f"{rel(MASTER)}: exit code {code} after its worker was killed\n{err}"
    )
    assert err.endswith("master: no result for 10 s, giving up\n"), (
        f"{rel(MASTER)}: {err}"
    )
    assert "master: done" not in out, f"{rel(MASTER)}: {out}"


def sigint_state(pid):
    """Whether SIGINT is blocked or ignored in process ``pid`` (bit 2 of the /proc masks)."""
    status = dict(
        line.split(":\t", 1)
        for line in Path(f"/proc/{pid}/status").read_text().splitlines()
        if ":\t" in line
    )
    bit = 1 << (signal.SIGINT - 1)
    return {name: bool(int(status[name], 16) & bit) for name in ("SigBlk", "SigIgn")}


def hold_one_task(env):
    """Connect as a worker that takes one task and never answers it: the master cannot finish,
    so it is surely still waiting for results when the test interrupts it."""

    class Client(BaseManager):
        pass

    Client.register("get_task_queue")
    client = Client(
        address=("127.0.0.1", int(env["TASK_PORT"])),
        authkey=env["TASK_AUTHKEY"].encode(),
    )
    client.connect()
    tasks = client.get_task_queue()
    tasks.get(timeout=TIMEOUT)
    del tasks  # releases the proxy while the server is still there


def test_interrupted_master_shuts_its_manager_down(programs):
    """Ctrl-C reaches the master's whole process group: its manager server must go too, and a
    worker in the middle of the job must crash, not hang or report success.

    Nothing here depends on timing: the test holds one task, so the master waits for its last
    result until interrupted, and the worker is stopped (SIGSTOP) while it still has tasks to do
    and continued (SIGCONT) once the master is gone. (An earlier version interrupted the master
    0.3 s after the worker started; on a busy machine the master had once finished by then.)"""
    env = programs.env()
    master = programs.start(MASTER, env)
    programs.first_line(master)
    state = sigint_state(master.pid)
    assert not any(state.values()), (
        f"{rel(MASTER)} started with SIGINT {state}: Ctrl-C cannot work"
    )
    hold_one_task(env)
    worker = programs.start(WORKER, env)
    programs.first_line(worker)
    os.kill(worker.pid, signal.SIGSTOP)
    assert worker.poll() is None, f"{rel(WORKER)}: ended before it could be stopped"
    try:
        os.killpg(master.pid, signal.SIGINT)
        _, m_err, m_code = programs.finish(master)
    finally:
        os.kill(worker.pid, signal.SIGCONT)
    assert m_code != 0 and "KeyboardInterrupt" in m_err, (
        f"{rel(MASTER)}: {m_code}\n{m_err}"
    )
    assert not group_members(master.pid), (
        f"{rel(MASTER)}: its manager server is still running"
    )
    # What the worker sees depends on where it was stopped: usually EOFError or
    # ConnectionResetError; once in a few dozen runs a pending get() was answered with None while
    # the server shut down (TypeError). Any of these is a crash, which is the point.
    _, w_err, w_code = programs.finish(worker)
    assert w_code != 0 and "Traceback" in w_err, (
        f"{rel(WORKER)}: exited with {w_code} although its master went away:\n{w_err}"
    )


def test_killed_master_leaves_its_manager_server_running(programs):
    """SIGKILL on the master's main process alone orphans the manager server: kill the group."""
    env = programs.env()
    master = programs.start(MASTER, env)
    programs.first_line(master)
    master.kill()
    master.wait()
    assert group_members(master.pid, grace=0), (
        f"{rel(MASTER)}: its manager server died with the main process; "
        "the page says it keeps running"
    )
    os.killpg(master.pid, signal.SIGKILL)
    assert not group_members(master.pid), f"{rel(MASTER)}: still running after killpg"
