# deletes the sleep instead of adding a
# lock: the race stays, it only shows less
import threading

THREADS = 4
INCREMENTS = 100

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
    print(f"counted {count(THREADS, INCREMENTS)} of {expected}")
