import threading
import time

NUMBERS = list(range(1, 101))
THREADS = 4

total = 0


def add_squares(chunk, start):
    global total
    start.wait()  # all threads begin together, as they would on a busy server
    for n in chunk:
        current = total
        time.sleep(0.001)  # any blocking call here lets another thread run
        total = current + n * n


if __name__ == "__main__":
    chunks = [NUMBERS[i::THREADS] for i in range(THREADS)]
    start = threading.Barrier(THREADS)
    threads = [threading.Thread(target=add_squares, args=(chunk, start)) for chunk in chunks]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=5)
    print(f"sum of squares 1..100: {total}")
