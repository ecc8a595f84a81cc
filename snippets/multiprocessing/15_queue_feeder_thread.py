import multiprocessing
import re
import subprocess
import sys
import threading

CHILD = """
import multiprocessing, queue
q = multiprocessing.Queue()
q.put(lambda: "not picklable")
print("put() of a lambda returned normally")
try:
    q.get(timeout=0.5)
except queue.Empty:
    print("get(timeout=0.5): queue.Empty, the item was dropped")
"""


def thread_names():
    return sorted(t.name for t in threading.enumerate())


if __name__ == "__main__":
    q = multiprocessing.Queue()
    print("threads before put():", thread_names())
    q.put("hello")
    print("threads after put(): ", thread_names())
    print("get():", q.get(timeout=10))

    child = subprocess.run(
        [sys.executable, "-c", CHILD],
        capture_output=True,
        text=True,
        timeout=20,
    )
    print(child.stdout, end="")
    last_line = child.stderr.strip().splitlines()[-1]
    print(
        "its stderr ends with:",
        re.sub(r" at 0x[0-9a-f]+", " at 0x…", last_line),
    )
