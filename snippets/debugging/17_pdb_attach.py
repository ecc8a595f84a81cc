# requires: Python 3.14+
import subprocess
import sys

TARGET = """
import ctypes, time
# Yama's ptrace_scope 1 (Ubuntu) lets only ancestors attach: allow any
ctypes.CDLL(None).prctl(0x59616D61, ctypes.c_ulong(-1), 0, 0, 0)

def handle(job):
    while True:  # stuck: the job never finishes
        time.sleep(0.01)

print("ready", flush=True)
for job in ["backup", "report"]:
    handle(job)
"""

if __name__ == "__main__":
    target = subprocess.Popen(
        [sys.executable, "-c", TARGET], stdout=subprocess.PIPE, text=True
    )
    try:
        target.stdout.readline()  # "ready"
        pdb = subprocess.run(
            [sys.executable, "-m", "pdb", "-p", str(target.pid)],
            input="where\np job\nquit\n",  # what you would type
            capture_output=True,
            text=True,
            timeout=20,
        )
        print(pdb.stdout.strip())
        print("target still running:", target.poll() is None)
    finally:
        target.kill()
        target.wait(timeout=5)
