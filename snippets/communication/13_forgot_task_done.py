import queue
import threading

DONE = None


def worker(q, done):
    while True:
        job = q.get(timeout=2)
        if job is DONE:
            return
        done.append(job)  # the work is done, but task_done() is never called


def join_queue(q, timeout):
    """q.join() has no timeout: wait for it in a helper thread."""
    waiter = threading.Thread(target=q.join, daemon=True)
    waiter.start()
    waiter.join(timeout)
    return not waiter.is_alive()


if __name__ == "__main__":
    q, done = queue.Queue(), []
    t = threading.Thread(target=worker, args=(q, done))
    t.start()
    for job in range(3):
        q.put(job)
    q.put(DONE)
    t.join(timeout=2)
    print(f"worker finished: {not t.is_alive()}, jobs done: {done}")
    print(f"q.join() returned within 0.5 s: {join_queue(q, timeout=0.5)}")
