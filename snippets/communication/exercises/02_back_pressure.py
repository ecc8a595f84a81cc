import queue
import threading
import time

ITEMS = 20
DONE = None


def producer(q, sizes):
    for n in range(ITEMS):
        q.put(n)
        sizes.append(q.qsize())
    q.put(DONE)


def consumer(q, count):
    while q.get(timeout=2) is not DONE:
        time.sleep(0.02)  # the slow part
        count.append(1)


if __name__ == "__main__":
    q = queue.Queue()
    sizes, count = [], []
    threads = [
        threading.Thread(target=producer, args=(q, sizes)),
        threading.Thread(target=consumer, args=(q, count)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=5)
    print(f"consumed {len(count)} items")
    print(f"max size seen: {max(sizes)}")
