# requires: Python 3.15+
import re
import subprocess
import sys

TARGET = """
import ctypes, threading, time
# Yama's ptrace_scope 1 (Ubuntu) lets only ancestors attach: allow any
ctypes.CDLL(None).prctl(0x59616D61, ctypes.c_ulong(-1), 0, 0, 0)

def wait_for_lock(lock):
    with lock:  # never acquired: the main thread holds it
        pass

lock = threading.Lock()
lock.acquire()
threading.Thread(target=wait_for_lock, args=(lock,), daemon=True).start()
print("ready", flush=True)
time.sleep(10)
"""

if __name__ == "__main__":
    target = subprocess.Popen(
        [sys.executable, "-c", TARGET], stdout=subprocess.PIPE, text=True
    )
    try:
        target.stdout.readline()  # "ready"
        dump = ["-m", "profiling.sampling", "dump", "-a", str(target.pid)]
        tool = subprocess.run(
            [sys.executable, *dump],
            capture_output=True,
            text=True,
            timeout=20,
        )
        print("exit code", tool.returncode)
        print(tool.stderr, end="")  # empty when it could attach
        print(re.sub(r"(PID|thread) \d+", r"\1 N", tool.stdout).strip())
    finally:
        target.kill()
        target.wait(timeout=5)
