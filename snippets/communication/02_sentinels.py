import queue
import threading

DONE = object()  # a sentinel no producer can put by accident
PRODUCERS, CONSUMERS, ITEMS_EACH = 3, 3, 5


def producer(q, name):
    for n in range(ITEMS_EACH):
        q.put(f"{name}-{n}")


def consumer(q, results, lock):
    handled = []
    while True:
        item = q.get(timeout=2)
        if item is DONE:
            break
        handled.append(item.upper())
    with lock:
        results.append(handled)


if __name__ == "__main__":
    q = queue.Queue()
    results, lock = [], threading.Lock()
    producers = [
        threading.Thread(target=producer, args=(q, f"p{i}"))
        for i in range(PRODUCERS)
    ]
    consumers = [
        threading.Thread(target=consumer, args=(q, results, lock))
        for _ in range(CONSUMERS)
    ]
    for t in producers + consumers:
        t.start()
    for t in producers:
        t.join()  # a producer ends after its last put()
    for _ in consumers:  # one sentinel per consumer
        q.put(DONE)
    for t in consumers:
        t.join(timeout=2)
    items = sorted(item for handled in results for item in handled)
    print(f"consumers that stopped: {len(results)} of {CONSUMERS}")
    print(f"items handled: {len(items)} of {PRODUCERS * ITEMS_EACH}")
    print(f"first and last: {items[0]}, {items[-1]}")
    print(
        "threads still alive: "
        f"{sum(t.is_alive() for t in producers + consumers)}"
    )
