import os
import secrets
import socket
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MASTER = HERE / "01_task_master.py"
WORKER = HERE / "02_task_worker.py"
TIMEOUT = 20


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def main():
    env = dict(
        os.environ,
        TASK_AUTHKEY=secrets.token_hex(32),
        TASK_PORT=str(free_port()),
        PYTHONUNBUFFERED="1",
    )
    master = subprocess.Popen(
        [sys.executable, str(MASTER)], env=env, stdout=subprocess.PIPE, text=True
    )
    try:
        first_line = master.stdout.readline()
        if not first_line:
            sys.exit("the master exited before it was ready")
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
            master.kill()
            master.wait()
    print("--- master ---")
    print(first_line + rest, end="")
    print("--- worker ---")
    print(worker.stdout, end="")
    if master.returncode or worker.returncode:
        sys.exit(f"exit codes: master {master.returncode}, worker {worker.returncode}")


if __name__ == "__main__":
    main()
