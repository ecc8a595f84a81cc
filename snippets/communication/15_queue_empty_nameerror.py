import subprocess
import sys

# the worker loop as a popular tutorial writes it
CHILD = """
import queue

q = queue.Queue()
while True:
    try:
        item = q.get(timeout=0.1)
    except Queue.Empty:
        print("queue is empty")
        break
"""

if __name__ == "__main__":
    child = subprocess.run(
        [sys.executable, "-c", CHILD],
        capture_output=True,
        text=True,
        timeout=10,
    )
    # the traceback without its indented source
    # lines: the exceptions and how they chain
    for line in child.stderr.splitlines():
        if line and not line.startswith((" ", "Traceback")):
            print(line)
