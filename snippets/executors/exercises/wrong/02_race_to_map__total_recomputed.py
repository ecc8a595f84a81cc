# lets the pool race on a shared `total`, then prints a total recomputed in the main
# thread: the line is right, the race is still there
import time
from concurrent.futures import ThreadPoolExecutor

NUMBERS = list(range(1, 101))
THREADS = 4

total = 0


def square(n):
    time.sleep(0.001)  # a blocking call (a lookup, say): the check may vary it
    return n * n


def add_square(n):
    global total
    total += square(n)  # reads total, waits in square(), then writes


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        list(pool.map(add_square, NUMBERS, timeout=5))
    # the right total, whatever the pool did
    total = sum(n * n for n in NUMBERS)
    print(f"sum of squares 1..100: {total}")
