import threading
import time

THREADS = 4
TIMES = 200

total = 0


def price(item):  # stands in for I/O: a database query, a log write
    time.sleep(0.001)  # waiting lets go of the GIL
    return item % 3


def add_up():
    global total
    for item in range(TIMES):
        total += price(item)  # read total, call price(), write total


if __name__ == "__main__":
    threads = [threading.Thread(target=add_up) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    expected = THREADS * sum(item % 3 for item in range(TIMES))
    print(f"total: {total} of {expected}")
    print("updates lost:", total != expected)
