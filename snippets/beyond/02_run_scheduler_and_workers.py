import contextlib
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from distributed import Client

TASKS = [3, 1, 4, 1, 5, 9, 2, 6]
WORKERS = 2
TIMEOUT = 20
# `python -m dask` is the `dask` command of this Python's environment.
DASK = [sys.executable, "-m", "dask"]
LOCAL = [
    "--host",
    "127.0.0.1",
    "--dashboard-address",
    "127.0.0.1:0",
    "--no-dashboard",
]


def square(n):
    time.sleep(0.1)  # pretend to work
    return n * n


def start(args, log):
    # A process group of its own: killpg()
    # reaches the program and its children.
    return subprocess.Popen(
        DASK + args,
        stdout=log,
        stderr=log,
        stdin=subprocess.DEVNULL,
        start_new_session=True,
    )


def groups_left(procs, grace=2.0):
    """How many of the programs' process groups still exist, after a grace
    period."""
    deadline = time.monotonic() + grace
    while True:
        left = 0
        for proc in procs:
            with contextlib.suppress(ProcessLookupError):
                # signal 0 only checks that the group exists
                os.killpg(proc.pid, 0)
                left += 1
        if not left or time.monotonic() > deadline:
            return left
        time.sleep(0.05)


def kill_all(procs):
    for proc in procs:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


def main():
    with tempfile.TemporaryDirectory() as tmp:
        scheduler_file = str(Path(tmp, "scheduler.json"))
        # what the scheduler and the workers log
        log_path = Path(tmp, "dask.log")
        procs = []
        with open(log_path, "w") as log:
            try:
                scheduler = [
                    "scheduler",
                    "--port",
                    "0",
                    "--scheduler-file",
                    scheduler_file,
                ]
                procs.append(start([*scheduler, *LOCAL], log))
                worker = ["worker", "--scheduler-file", scheduler_file]
                worker += ["--nworkers", "1", "--nthreads", "1", "--no-nanny"]
                procs += [
                    start([*worker, *LOCAL], log) for _ in range(WORKERS)
                ]
                # The workers wait for the scheduler file; so does the client.
                with Client(
                    scheduler_file=scheduler_file, timeout=TIMEOUT
                ) as client:
                    client.wait_for_workers(WORKERS, timeout=TIMEOUT)
                    workers = client.scheduler_info()["workers"]
                    print(f"client: {len(workers)} workers joined")
                    results = client.gather(client.map(square, TASKS))
                    for n, result in zip(TASKS, results):
                        print(f"{n} * {n} = {result}")
                    # ends the scheduler, which ends the workers
                    client.shutdown()
                codes = [proc.wait(timeout=TIMEOUT) for proc in procs]
            except BaseException:
                kill_all(procs)
                print(f"--- log ---\n{log_path.read_text()}", end="")
                raise
        print(
            f"exit codes: {codes}, process groups left: {groups_left(procs)}"
        )


if __name__ == "__main__":
    main()
