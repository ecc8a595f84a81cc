import subprocess
import sys

CHILD = """
import threading, time

def worker():
    print("worker: opened its log file", flush=True)
    try:
        while True:
            time.sleep(0.05)
    finally:
        print("worker: flushed and closed its log file", flush=True)

threading.Thread(target=worker, daemon=True).start()
time.sleep(0.2)
print("main: exiting", flush=True)
"""

if __name__ == "__main__":
    child = subprocess.run(
        [sys.executable, "-c", CHILD],
        capture_output=True,
        text=True,
        timeout=10,
    )
    print(child.stdout, end="")
    print(f"the daemon thread's finally block ran: {'closed' in child.stdout}")
