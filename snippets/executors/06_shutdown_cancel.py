import threading
import time
from concurrent.futures import ThreadPoolExecutor

started = threading.Event()


def task(n):
    started.set()
    time.sleep(0.3)
    return n


if __name__ == "__main__":
    pool = ThreadPoolExecutor(max_workers=1)
    futures = [pool.submit(task, n) for n in range(5)]
    if not started.wait(timeout=5):
        raise SystemExit("task 0 never started")
    # task 0 is running, tasks 1-4 wait in the queue
    pool.shutdown(wait=True, cancel_futures=True)
    for n, f in enumerate(futures):
        state = "cancelled" if f.cancelled() else f"result {f.result()}"
        print(f"task {n}: {state}")
