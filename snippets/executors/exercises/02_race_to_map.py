import threading
import time

NUMBERS = list(range(1, 101))
THREADS = 4

total = 0


def square(n):
    time.sleep(0.001)  # a blocking call (a lookup, say): the check may vary it
    return n * n


def add_squares(chunk):
    global total
    for n in chunk:
        current = total
        total = current + square(n)  # another thread runs while square() waits


if __name__ == "__main__":
    chunks = [NUMBERS[i::THREADS] for i in range(THREADS)]
    threads = [
        threading.Thread(target=add_squares, args=(chunk,)) for chunk in chunks
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"sum of squares 1..100: {total}")
