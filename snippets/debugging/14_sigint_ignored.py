import signal
import subprocess
import sys
import threading

CHILD = """
import signal
import sys
import time

if "--fix" in sys.argv:  # the fix: take Ctrl-C back, whatever the parent did
    signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    ignored = signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    print(f"SIGINT ignored: {ignored}", flush=True)
    time.sleep(1)
    print("slept 1 s, no KeyboardInterrupt")
except KeyboardInterrupt:
    print("KeyboardInterrupt")
"""


def run_child(*args):
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, *args], stdout=subprocess.PIPE, text=True
    )
    # never wait for the child forever
    watchdog = threading.Timer(10, child.kill)
    watchdog.start()
    try:
        first = child.stdout.readline().strip()
        child.send_signal(signal.SIGINT)
        rest = child.communicate(timeout=10)[0].strip()
    finally:
        watchdog.cancel()
        child.kill()  # does nothing if the child has already exited
        child.wait()
    print(f"{' '.join(args) or 'as started'}: {first}; after SIGINT: {rest}")


if __name__ == "__main__":
    # as `program &` in a shell script does: the children start with SIGINT
    # ignored, and Python then installs no KeyboardInterrupt handler
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    run_child()
    run_child("--fix")
    signal.signal(signal.SIGINT, signal.default_int_handler)
