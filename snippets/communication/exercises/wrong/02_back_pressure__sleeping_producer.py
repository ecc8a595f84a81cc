# a sleep in the producer, no bound: the
# queue grows once the consumer is slower
import queue
import threading
import time

ITEMS = 20
DONE = None
sizes = []  # the queue's size after each put()
handled = []


def handle(item):
    time.sleep(0.02)  # the slow part: the check may make it slower
    handled.append(item)


def produce(q):
    for n in range(ITEMS):
        q.put(n)
        time.sleep(0.03)  # "give the consumer time"
        sizes.append(q.qsize())
    q.put(DONE)


def consume(q):
    while True:
        item = q.get(timeout=5)
        if item is DONE:
            return
        handle(item)


if __name__ == "__main__":
    q = queue.Queue()
    threads = [
        threading.Thread(target=produce, args=(q,)),
        threading.Thread(target=consume, args=(q,)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"consumed {len(handled)} items")
    print(f"max size seen: {max(sizes)}")
