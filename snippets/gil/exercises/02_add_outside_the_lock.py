import threading
import time

THREADS = 4
ITEMS = 50

total = 0


def price(item):  # slow: a lookup in a database
    time.sleep(0.001)
    return item % 3


def add_up():
    global total
    for item in range(ITEMS):
        total += price(item)


if __name__ == "__main__":
    threads = [threading.Thread(target=add_up) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    expected = THREADS * sum(item % 3 for item in range(ITEMS))
    print(f"total: {total} of {expected}")
