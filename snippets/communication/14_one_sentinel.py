import queue
import threading

DONE = None


def consumer(q, outcomes, lock):
    while True:
        try:
            # real code often has no timeout: it waits forever
            item = q.get(timeout=0.5)
        except queue.Empty:
            outcome = "still waiting after 0.5 s"
            break
        if item is DONE:
            outcome = "stopped by the sentinel"
            break
    with lock:
        outcomes.append(outcome)


if __name__ == "__main__":
    q, outcomes, lock = queue.Queue(), [], threading.Lock()
    consumers = [
        threading.Thread(target=consumer, args=(q, outcomes, lock))
        for _ in range(3)
    ]
    for t in consumers:
        t.start()
    for item in range(6):
        q.put(item)
    q.put(DONE)  # one sentinel for three consumers
    for t in consumers:
        t.join()  # each get() gives up after 0.5 s
    for outcome in ("stopped by the sentinel", "still waiting after 0.5 s"):
        print(f"consumers {outcome}: {outcomes.count(outcome)}")
