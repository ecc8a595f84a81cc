import queue
import threading
import time

ITEMS = 6
DONE = None


def producer(q, handled):
    for n in range(ITEMS):
        if n == 3:
            while len(handled) < 3:  # let the consumers catch up first
                time.sleep(0.01)
            time.sleep(0.5)  # then a slow moment: fetching the next page, say
        q.put(n)


def consumer(q, handled, lock):
    while True:
        item = q.get(timeout=5)  # a safety net only: the sentinel ends the loop
        if item is DONE:
            return
        with lock:
            handled.append(item)


if __name__ == "__main__":
    q, handled, lock = queue.Queue(), [], threading.Lock()
    producers = [threading.Thread(target=producer, args=(q, handled))]
    consumers = [threading.Thread(target=consumer, args=(q, handled, lock)) for _ in range(2)]
    for t in producers + consumers:
        t.start()
    for t in producers:
        t.join(timeout=2)
    for _ in consumers:  # only now is the producer really finished
        q.put(DONE)
    for t in consumers:
        t.join(timeout=2)
    print(f"processed {len(handled)} of {ITEMS} items")
