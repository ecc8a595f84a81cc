# shares the total and locks the whole update:
# right sum, but the calls never overlap
import threading
import time
from concurrent.futures import ThreadPoolExecutor

NUMBERS = list(range(1, 101))
THREADS = 4

total = 0
lock = threading.Lock()


def square(n):
    time.sleep(0.001)  # a blocking call (a lookup, say): the check may vary it
    return n * n


def add_square(n):
    global total
    with lock:
        total = total + square(n)


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        list(pool.map(add_square, NUMBERS, timeout=5))
    print(f"sum of squares 1..100: {total}")
