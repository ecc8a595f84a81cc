import queue
import threading
import time

ITEMS = 6


def producer(q, handled):
    for n in range(ITEMS):
        if n == 3:
            while len(handled) < 3:  # let the consumers catch up first
                time.sleep(0.01)
            time.sleep(0.5)  # then a slow moment: fetching the next page, say
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
    producers = [threading.Thread(target=producer, args=(q, handled))]
    consumers = [threading.Thread(target=consumer, args=(q, handled, lock)) for _ in range(2)]
    for t in producers + consumers:
        t.start()
    for t in producers + consumers:
        t.join(timeout=2)
    print(f"processed {len(handled)} of {ITEMS} items")
