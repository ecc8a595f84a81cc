import queue
import threading
import time

DONE = None


def worker(q, done, lock):
    while True:
        job = q.get(timeout=2)
        try:
            if job is DONE:
                return
            time.sleep(0.05)  # the work
            with lock:
                done.append(job)
        finally:
            q.task_done()  # one call for every get(), the sentinel included


def join_queue(q, timeout):
    """q.join() has no timeout: wait for it in a helper thread."""
    waiter = threading.Thread(target=q.join, daemon=True)
    waiter.start()
    waiter.join(timeout)
    return not waiter.is_alive()


if __name__ == "__main__":
    q = queue.Queue()
    done, lock = [], threading.Lock()
    workers = [
        threading.Thread(target=worker, args=(q, done, lock)) for _ in range(2)
    ]
    for w in workers:
        w.start()
    for job in range(6):
        q.put(job)
    # returns once task_done() was called 6 times
    finished = join_queue(q, timeout=2)
    print(f"q.join() returned: {finished}, jobs done: {sorted(done)}")
    print(
        f"workers still waiting for more: {sum(w.is_alive() for w in workers)}"
    )
    for _ in workers:
        q.put(DONE)
    for w in workers:
        w.join(timeout=2)
    print(f"after the sentinels: {sum(w.is_alive() for w in workers)}")
