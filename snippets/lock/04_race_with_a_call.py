import threading

THREADS = 2
INCREMENTS = 2_000_000

counter = 0


def plus_one(value):
    return value + 1


def increment(times):
    global counter
    for _ in range(times):
        counter = plus_one(counter)


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
