import signal
import subprocess
import sys
import threading
import time

CHILD = """
import threading
import time

done = threading.Event()


def work():
    for _ in range(200):  # about 10 s of work, then the worker ends by itself
        time.sleep(0.05)
    print("worker: finished")
    done.set()


worker = threading.Thread(target=work, name="Worker")  # not a daemon thread
worker.start()
print("ready", flush=True)
done.wait()
print("main: the work is done")
"""


def read_traceback(stream):
    """The lines of a traceback on `stream`, up to its last line (the
    exception)."""
    lines = []
    for line in stream:
        lines.append(line.rstrip("\n"))
        if line.startswith("KeyboardInterrupt"):
            break
    return lines


if __name__ == "__main__":
    # children must not inherit an ignored SIGINT (see "Common mistakes")
    signal.signal(signal.SIGINT, signal.default_int_handler)
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
        child.send_signal(signal.SIGINT)  # what Ctrl-C in a terminal does
        print(f"child's stderr ends with: {read_traceback(child.stderr)[-1]}")
        time.sleep(0.5)
        print(
            "0.5 s after Ctrl-C, the child is still running: "
            f"{child.poll() is None}"
        )
        child.send_signal(signal.SIGINT)  # a second Ctrl-C
        out, err = child.communicate(timeout=10)
        print(f"after a second Ctrl-C: exit code {child.returncode}")
        print(f"the worker finished its work: {'worker: finished' in out}")
    finally:
        watchdog.cancel()
        child.kill()  # does nothing if the child has already exited
        child.wait()
