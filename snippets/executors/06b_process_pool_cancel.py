import multiprocessing
import time
from concurrent.futures import ProcessPoolExecutor


def init(gate_event, started_event):  # runs once in each worker process
    global gate, started
    gate, started = gate_event, started_event


def task(n):
    started.set()
    # holds the worker until the main process opens the gate
    if not gate.wait(timeout=10):
        raise RuntimeError("the gate never opened")
    return n


if __name__ == "__main__":
    gate, started = multiprocessing.Event(), multiprocessing.Event()
    with ProcessPoolExecutor(
        1, initializer=init, initargs=(gate, started)
    ) as pool:
        futures = [pool.submit(task, 0)]
        if not started.wait(timeout=10):
            raise SystemExit("the worker never started task 0")
        futures += [pool.submit(task, n) for n in range(1, 6)]
        # the pool's manager thread moves calls into its call queue (room for
        # max_workers + 1 = 2): wait until it has moved call 2, for at most 5 s
        deadline = time.monotonic() + 5
        while not futures[2].running() and time.monotonic() < deadline:
            time.sleep(0.01)
        print("running():", [f.running() for f in futures])
        print("cancel() :", [f.cancel() for f in futures])
        gate.set()
    print(
        "calls that ran:", [f.result() for f in futures if not f.cancelled()]
    )
