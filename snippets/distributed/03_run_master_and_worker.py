import contextlib
import os
import secrets
import signal
import socket
import subprocess
import sys
import threading
from pathlib import Path

HERE = Path(__file__).resolve().parent
MASTER = HERE / "01_task_master.py"
WORKER = HERE / "02_task_worker.py"
TIMEOUT = 20


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def first_line(proc):
    lines = []
    reader = threading.Thread(
        target=lambda: lines.append(proc.stdout.readline()), daemon=True
    )
    reader.start()
    reader.join(TIMEOUT)
    if reader.is_alive():  # still waiting for the line
        return ""
    return lines[0]


def stop_group(proc):
    os.killpg(proc.pid, signal.SIGINT)
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=5)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()


def main():
    missing = [path.name for path in (MASTER, WORKER) if not path.exists()]
    if missing:
        sys.exit(
            f"{' and '.join(missing)} must be in {HERE}: this script runs them"
        )
    env = dict(
        os.environ,
        TASK_AUTHKEY=secrets.token_hex(32),
        TASK_PORT=str(free_port()),
        PYTHONUNBUFFERED="1",
    )
    master = subprocess.Popen(
        [sys.executable, str(MASTER)],
        env=env,
        stdout=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        line = first_line(master)
        if not line:
            # at end of file: has the master exited?
            with contextlib.suppress(subprocess.TimeoutExpired):
                master.wait(timeout=1)
            if master.returncode is not None:
                sys.exit(
                    f"the master exited with code {master.returncode} first"
                )
            sys.exit(f"the master was not ready within {TIMEOUT} s")
        worker = subprocess.run(
            [sys.executable, str(WORKER)],
            env=env,
            stdout=subprocess.PIPE,
            text=True,
            timeout=TIMEOUT,
        )
        rest, _ = master.communicate(timeout=TIMEOUT)
    finally:
        if master.poll() is None:
            stop_group(master)
    print("--- master ---")
    print(line + rest, end="")
    print("--- worker ---")
    print(worker.stdout, end="")
    if master.returncode or worker.returncode:
        sys.exit(
            f"exit codes: master {master.returncode}, worker "
            f"{worker.returncode}"
        )


if __name__ == "__main__":
    main()
