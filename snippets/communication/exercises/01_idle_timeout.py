import queue
import threading
import time

ITEMS = 6


def producer(q):
    for n in range(ITEMS):
        if n == 3:
            time.sleep(0.3)  # a slow moment: fetching the next page, say
        q.put(n)


def consumer(q, handled, lock):
    while True:
        try:
            item = q.get(timeout=0.1)
        except queue.Empty:
            return  # "nothing for 0.1 s, the producer must be finished"
        with lock:
            handled.append(item)


if __name__ == "__main__":
    q, handled, lock = queue.Queue(), [], threading.Lock()
    producers = [threading.Thread(target=producer, args=(q,))]
    consumers = [threading.Thread(target=consumer, args=(q, handled, lock)) for _ in range(2)]
    for t in producers + consumers:
        t.start()
    for t in producers + consumers:
        t.join(timeout=2)
    print(f"processed {len(handled)} of {ITEMS} items")
