import queue
import threading

DONE = None  # the sentinel: "no more items"


def producer(q):
    for n in range(1, 6):
        q.put(n * n)
    q.put(DONE)


def consumer(q, received):
    while True:
        item = q.get(timeout=2)
        if item is DONE:
            break
        received.append(item)


if __name__ == "__main__":
    q = queue.Queue()
    received = []
    threads = [
        threading.Thread(target=producer, args=(q,)),
        threading.Thread(target=consumer, args=(q, received)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()  # both end: the consumer's get() gives up after 2 s at most
    print(f"consumer received, in order: {received}")
