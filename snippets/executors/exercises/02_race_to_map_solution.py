import time
from concurrent.futures import ThreadPoolExecutor

NUMBERS = list(range(1, 101))
THREADS = 4


def square(n):
    time.sleep(0.001)  # a blocking call (a lookup, say): the check may vary it
    return n * n


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        total = sum(pool.map(square, NUMBERS, timeout=5))
    print(f"sum of squares 1..100: {total}")
