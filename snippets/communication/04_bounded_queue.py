import queue
import threading
import time


def producer(q, log):
    for n in range(1, 6):
        started = time.monotonic()
        q.put(n)  # blocks while the queue already holds maxsize items
        waited = time.monotonic() - started
        how = "waited for a free slot" if waited > 0.1 else "returned at once"
        log.append(f"put({n}) {how}, queue size {q.qsize()}")


def slow_consumer(q, got):
    for _ in range(5):
        time.sleep(0.2)  # a slow step before each get()
        got.append(q.get(timeout=2))


if __name__ == "__main__":
    q = queue.Queue(maxsize=2)
    log, got = [], []
    threads = [
        threading.Thread(target=producer, args=(q, log)),
        threading.Thread(target=slow_consumer, args=(q, got)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=5)
    print("\n".join(log))
    print(f"consumer got {got}")
