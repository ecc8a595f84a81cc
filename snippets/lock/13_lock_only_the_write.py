import threading

THREADS = 4
INCREMENTS = 100

counter = 0
lock = threading.Lock()


def increment(times, lined_up):
    global counter
    for _ in range(times):
        current = counter  # read outside the lock
        lined_up.wait()  # every thread has read the same value
        with lock:
            counter = current + 1  # only the write is locked
        lined_up.wait()  # every thread has written


if __name__ == "__main__":
    lined_up = threading.Barrier(THREADS, timeout=5)
    workers = [
        threading.Thread(target=increment, args=(INCREMENTS, lined_up))
        for _ in range(THREADS)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    print(f"expected {THREADS * INCREMENTS}, counted {counter}")
