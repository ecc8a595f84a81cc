import re
import subprocess
import sys

CHILD = """
import logging
import os
import sys
import threading

handler = logging.StreamHandler(sys.stdout)
logging.basicConfig(
    level=logging.INFO, handlers=[handler], format="%(message)s"
)
other_lock = threading.Lock()  # say, a lock inside some other library
holding = threading.Event()
release = threading.Event()


def busy():  # holds both locks while the main thread forks
    with handler.lock, other_lock:
        holding.set()
        if not release.wait(5):
            raise RuntimeError("never released")


thread = threading.Thread(target=busy, name="Busy")
thread.start()
if not holding.wait(5):
    raise RuntimeError("Busy never took the locks")
pid = os.fork()
if pid == 0:  # the child: a copy of the process, with only this thread in it
    logging.info("child: logging works (the handler's lock was reset)")
    got_it = other_lock.acquire(timeout=0.5)
    print(
        f"child: other_lock.acquire(timeout=0.5) returned {got_it}",
        flush=True,
    )
    os._exit(0)
release.set()
thread.join()
os.waitpid(pid, 0)
"""

if __name__ == "__main__":
    child = subprocess.run(
        [sys.executable, "-c", CHILD],
        capture_output=True,
        text=True,
        timeout=20,
    )
    print(child.stdout, end="")
    first_line = child.stderr.partition("\n")[0]
    print(
        "stderr: "
        f"{re.sub(r'pid=[0-9]+', 'pid=...', first_line) or '(nothing)'}"
    )
