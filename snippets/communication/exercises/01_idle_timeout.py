import queue
import threading
import time

ITEMS = 6
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
        try:
            item = q.get(timeout=0.1)
        except queue.Empty:
            return  # "nothing for 0.1 s, the producer must be finished"
        handle(item)


if __name__ == "__main__":
    q = queue.Queue()
    producer = threading.Thread(target=produce, args=(q,))
    consumers = [threading.Thread(target=consume, args=(q,)) for _ in range(2)]
    for t in [producer, *consumers]:
        t.start()
    for t in [producer, *consumers]:
        t.join()
    print(f"processed {len(handled)} of {ITEMS} items")
