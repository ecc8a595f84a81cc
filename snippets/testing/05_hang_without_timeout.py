import re
import subprocess
import sys

TEST = """
import faulthandler
import threading
import unittest

faulthandler.dump_traceback_later(1, exit=True)  # a watchdog for the run


def save(lock):
    with lock:
        pass


class SaveTest(unittest.TestCase):
    def test_save(self):
        lock = threading.Lock()
        lock.acquire()  # and never released: save() waits forever
        worker = threading.Thread(target=save, args=(lock,), daemon=True)
        worker.start()
        worker.join()  # no timeout: waits forever


unittest.main()
"""

if __name__ == "__main__":
    run = subprocess.run(
        [sys.executable, "-c", TEST],
        capture_output=True,
        text=True,
        timeout=30,
    )
    print(f"exit code: {run.returncode}")
    for line in run.stderr.splitlines():  # headers and the test's own frames
        if "Timeout" in line or "Thread 0x" in line or "<string>" in line:
            print(re.sub(r"0x[0-9a-f]+", "0x...", line))
