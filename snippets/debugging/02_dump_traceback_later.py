import faulthandler
import os
import re
import sys
import tempfile
import threading
import time


def download(lock):  # blocks: the main thread holds the lock
    with lock:
        pass


def wait_until_blocked(thread, func):
    """Return once `thread` runs the first line of `func`'s body, where it
    blocks."""
    body = func.__code__.co_firstlineno + 1
    for _ in range(500):
        frame = sys._current_frames().get(thread.ident)
        if frame and frame.f_code is func.__code__ and frame.f_lineno == body:
            return
        time.sleep(0.01)
    raise RuntimeError(f"{thread.name} never reached {func.__name__}()")


def lines_that_matter(dump):
    """The dump's headers and the frames of this file (not the stdlib's)."""
    for line in dump.splitlines():
        if "Thread 0x" in line or "Timeout" in line or __file__ in line:
            line = re.sub(r"0x[0-9a-f]+", "0x...", line)
            print(line.replace(__file__, os.path.relpath(__file__)))


if __name__ == "__main__":
    lock = threading.Lock()
    lock.acquire()
    worker = threading.Thread(target=download, args=(lock,), name="Downloader")
    worker.start()
    wait_until_blocked(worker, download)
    with tempfile.TemporaryFile("w+") as log:
        # a watchdog: if we are still here in 0.5 s, dump every thread's stack
        faulthandler.dump_traceback_later(0.5, file=log)
        worker.join(timeout=1)
        faulthandler.cancel_dump_traceback_later()
        print(f"join(timeout=1) returned, worker alive: {worker.is_alive()}")
        log.seek(0)
        lines_that_matter(log.read())
    lock.release()
    worker.join()
