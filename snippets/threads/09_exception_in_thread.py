import subprocess
import sys

CHILD = """
import threading

def parse():
    int("abc")

worker = threading.Thread(target=parse, name="Parser")
worker.start()
worker.join()
print("join() returned normally")
"""

if __name__ == "__main__":
    child = subprocess.run(
        [sys.executable, "-c", CHILD],
        capture_output=True,
        text=True,
        timeout=20,
    )
    stderr = child.stderr.splitlines()
    print(f"stdout: {child.stdout.strip()}")
    print(f"stderr, first line: {stderr[0]}")
    print(f"stderr, last line:  {stderr[-1]}")
    print(f"exit code: {child.returncode}")
