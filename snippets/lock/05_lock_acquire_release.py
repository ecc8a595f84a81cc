import threading
import time

THREADS = 4
INCREMENTS = 100

counter = 0
lock = threading.Lock()


def increment(times):
    global counter
    for _ in range(times):
        lock.acquire()
        try:
            current = counter
            time.sleep(0.001)
            counter = current + 1
        finally:
            lock.release()


def count(threads, times):
    global counter
    counter = 0
    workers = [
        threading.Thread(target=increment, args=(times,))
        for _ in range(threads)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return counter


if __name__ == "__main__":
    expected = THREADS * INCREMENTS
    result = count(THREADS, INCREMENTS)
    print(f"expected {expected}, counted {result}")
    print(f"updates lost: {result < expected}")
