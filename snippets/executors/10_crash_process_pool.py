import multiprocessing
import os
import signal
from concurrent.futures import ProcessPoolExecutor

KILL = getattr(signal, "SIGKILL", signal.SIGTERM)  # SIGKILL is POSIX only


def init(gate_event):  # runs once in each worker process
    global gate
    gate = gate_event


def die():
    # waits until the main process has queued the second task behind this one
    if not gate.wait(timeout=10):
        raise RuntimeError("the gate never opened")
    os.kill(os.getpid(), KILL)  # what the OOM killer or `kill -9` does


def square(n):
    return n * n


if __name__ == "__main__":
    gate = multiprocessing.Event()
    with ProcessPoolExecutor(1, initializer=init, initargs=(gate,)) as pool:
        crash = pool.submit(die)
        pending = pool.submit(square, 3)
        gate.set()
        for name, future in [("crash", crash), ("pending", pending)]:
            try:
                future.result(timeout=10)
            except Exception as exc:
                print(f"{name}: {type(exc).__name__}: {exc}")
        try:
            pool.submit(square, 4)
        except Exception as exc:
            print(f"new submit: {type(exc).__name__}: {exc}")
