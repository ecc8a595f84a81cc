import threading
import time
from concurrent.futures import ThreadPoolExecutor

started = []
lock = threading.Lock()


def check(n):
    with lock:
        started.append(n)
    time.sleep(0.05)
    if n == 2:
        raise ValueError(f"task {n} failed")
    return n


if __name__ == "__main__":
    pool = ThreadPoolExecutor(max_workers=1)
    futures = [pool.submit(check, n) for n in range(20)]
    for future in futures:
        exc = future.exception(timeout=5)
        if exc is not None:
            print("first failure:", exc)
            pool.shutdown(wait=True)
            break
    print(f"stopped early: {len(started) < 10}")
