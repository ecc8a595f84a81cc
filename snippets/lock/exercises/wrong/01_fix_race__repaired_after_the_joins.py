# leaves the race and sets counter to the expected total after the joins: the number is
# right, but updates were still lost while the threads ran
import threading
import time

THREADS = 4
INCREMENTS = 100

counter = 0


def plus_one(value):
    time.sleep(0.001)  # a slow call: a query, a request, a log write
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
    counter = threads * times  # every increment happened, so this is the count
    return counter


if __name__ == "__main__":
    expected = THREADS * INCREMENTS
    print(f"counted {count(THREADS, INCREMENTS)} of {expected}")
