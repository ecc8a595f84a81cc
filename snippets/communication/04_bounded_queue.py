import queue
import threading


def producer(q, log, stuck, finished):
    for n in range(1, 6):
        try:
            q.put_nowait(n)  # raises queue.Full instead of waiting
            how = "returned at once"
        except queue.Full:
            stuck.set()  # tell the consumer: I am waiting for a free slot
            q.put(n, timeout=2)  # blocks until the consumer takes an item
            how = "waited for a free slot"
        log.append(f"put({n}) {how}, queue size {q.qsize()}")
    finished.set()
    stuck.set()


def slow_consumer(q, got, stuck, finished):
    for _ in range(5):
        # slow on purpose: it takes an item only once the producer is stuck
        if not stuck.wait(timeout=2):
            got.append("gave up: the producer never got stuck")
            return
        if not finished.is_set():
            stuck.clear()
        got.append(q.get(timeout=2))


if __name__ == "__main__":
    q = queue.Queue(maxsize=2)
    log, got = [], []
    stuck, finished = threading.Event(), threading.Event()
    threads = [
        threading.Thread(target=producer, args=(q, log, stuck, finished)),
        threading.Thread(target=slow_consumer, args=(q, got, stuck, finished)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()  # both end: every wait in them has a timeout
    print("\n".join(log))
    print(f"consumer got {got}")
