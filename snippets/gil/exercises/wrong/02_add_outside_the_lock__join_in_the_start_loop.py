# Each thread is joined before the next one starts: the total is right because
# only one thread ever runs, and no two price() calls overlap.
import threading
import time

THREADS = 4
ITEMS = 50

total = 0
lock = threading.Lock()


def price(item):  # slow: a lookup in a database
    time.sleep(0.001)
    return item % 3


def add_up():
    global total
    for item in range(ITEMS):
        cost = price(item)
        with lock:
            total += cost


if __name__ == "__main__":
    threads = [threading.Thread(target=add_up) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
        thread.join()  # waits for this thread before starting the next
    expected = THREADS * sum(item % 3 for item in range(ITEMS))
    print(f"total: {total} of {expected}")
