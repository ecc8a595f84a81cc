import threading
import time


def fetch(page):
    time.sleep(0.01 * (3 - page))  # the last page answers first
    return f"page {page}: {10 * page} rows"


if __name__ == "__main__":
    results = []  # list.append() is safe from several threads

    def worker(page):
        results.append((page, fetch(page)))

    threads = [threading.Thread(target=worker, args=(p,)) for p in (1, 2, 3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=5)
    for _, line in sorted(results):  # one thread prints, in a fixed order
        print(line)
