# one worker thread instead of four: no race
# because nothing runs at the same time
import time
from concurrent.futures import ThreadPoolExecutor

NUMBERS = list(range(1, 101))

total = 0


def square(n):
    time.sleep(0.001)  # a blocking call (a lookup, say): the check may vary it
    return n * n


def add_square(n):
    global total
    total = total + square(n)


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=1) as pool:
        list(pool.map(add_square, NUMBERS, timeout=5))
    print(f"sum of squares 1..100: {total}")
