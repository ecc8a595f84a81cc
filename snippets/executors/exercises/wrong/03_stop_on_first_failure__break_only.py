# leaves the loop without shutting the pool
# down: the checks run on after the output
import time
from concurrent.futures import ThreadPoolExecutor

CHECKS = 20
started = []  # the checks that started, in order


def check(n):
    started.append(n)
    # the check itself: the check may make it slower or faster
    time.sleep(0.05)
    if n == 2:
        raise ValueError(f"task {n} failed")
    return n


if __name__ == "__main__":
    pool = ThreadPoolExecutor(max_workers=1)
    futures = [pool.submit(check, n) for n in range(CHECKS)]
    for future in futures:
        exc = future.exception(timeout=5)
        if exc is not None:
            print("first failure:", exc)
            break
    print(f"check {CHECKS - 1} started: {CHECKS - 1 in started}")
