# sentinels put before joining the producer:
# they overtake the items still to come
import queue
import threading
import time

ITEMS = 6
DONE = None
handled = []
lock = threading.Lock()


def slow_moment():
    # fetching the next page, say: the check may make it longer
    time.sleep(0.5)


def produce(q):
    for n in range(ITEMS):
        if n == 3:
            slow_moment()
        q.put(n)


def handle(item):
    with lock:
        handled.append(item)


def consume(q):
    while True:
        item = q.get()
        if item is DONE:
            return
        handle(item)


if __name__ == "__main__":
    q = queue.Queue()
    producer = threading.Thread(target=produce, args=(q,))
    consumers = [threading.Thread(target=consume, args=(q,)) for _ in range(2)]
    for t in [producer, *consumers]:
        t.start()
    for _ in consumers:
        q.put(DONE)
    for t in [producer, *consumers]:
        t.join()
    print(f"processed {len(handled)} of {ITEMS} items")
