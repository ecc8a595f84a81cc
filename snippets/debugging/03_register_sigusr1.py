import os
import re
import signal
import subprocess
import sys
import threading

CHILD = """
import faulthandler
import signal
import sys
import threading
import time

# on SIGUSR1: every thread's stack to stderr
faulthandler.register(signal.SIGUSR1)


def download(lock):  # blocks: the main thread holds the lock
    with lock:
        pass


def wait_until_blocked(thread, func):
    body = func.__code__.co_firstlineno + 1
    for _ in range(500):
        frame = sys._current_frames().get(thread.ident)
        if frame and frame.f_code is func.__code__ and frame.f_lineno == body:
            return
        time.sleep(0.01)
    raise RuntimeError(f"{thread.name} never reached {func.__name__}()")


lock = threading.Lock()
lock.acquire()
worker = threading.Thread(target=download, args=(lock,), name="Downloader")
worker.start()
wait_until_blocked(worker, download)
input("ready\\n")  # the program is stuck here until a line arrives on stdin
lock.release()
worker.join()
print("child: still running after the dump")
"""


def read_dump(stream):
    """A faulthandler dump, up to its last line (the main thread's outermost
    frame): its thread headers and the child's own frames, not the stdlib's."""
    shown = []
    for line in stream:
        line = line.rstrip()
        if "hread 0x" in line:  # "Thread 0x7f..." or "Current thread 0x7f..."
            shown.append(
                re.sub(
                    r"^(Current t|T)hread 0x[0-9a-f]+", "Thread 0x...", line
                )
            )
        elif "<string>" in line:
            shown.append(line)
        if line.endswith(" in <module>"):
            break
    return shown


if __name__ == "__main__":
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    # never wait for the child forever
    watchdog = threading.Timer(10, child.kill)
    watchdog.start()
    try:
        child.stdout.readline()  # "ready": the worker is blocked
        os.kill(child.pid, signal.SIGUSR1)  # what `kill -USR1 <pid>` does
        print("\n".join(read_dump(child.stderr)))
        out, err = child.communicate("\n", timeout=10)  # unblock input()
        print(f"{out.strip()} (exit code {child.returncode})")
    finally:
        watchdog.cancel()
        child.kill()  # does nothing if the child has already exited
        child.wait()
