import signal
import subprocess
import sys
import threading

CHILD = """
import signal
import threading
import time

stop = threading.Event()
stopped = []


def ask_to_stop(signum, frame):
    stop.set()  # a handler should do little: set a flag, and return


def work(name):
    try:
        while not stop.is_set():
            time.sleep(0.05)  # one item of work
    finally:
        stopped.append(name)  # flush files, close connections, ...


signal.signal(signal.SIGINT, ask_to_stop)  # Ctrl-C
signal.signal(signal.SIGTERM, ask_to_stop)  # kill <pid>, docker stop, systemd
workers = [
    threading.Thread(target=work, args=(f"worker-{n}",)) for n in (1, 2)
]
for worker in workers:
    worker.start()
print("ready", flush=True)
for worker in workers:
    worker.join()
print(f"cleaned up: {sorted(stopped)}")
"""

if __name__ == "__main__":
    for signum in (signal.SIGINT, signal.SIGTERM):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        # never wait for the child forever
        watchdog = threading.Timer(10, child.kill)
        watchdog.start()
        try:
            child.stdout.readline()  # "ready"
            child.send_signal(signum)
            out, err = child.communicate(timeout=10)
        finally:
            watchdog.cancel()
            child.kill()  # does nothing if the child has already exited
            child.wait()
        name = signal.Signals(signum).name
        print(
            f"{name}: {out.strip()}, exit code {child.returncode}, stderr "
            f"{err!r}"
        )
