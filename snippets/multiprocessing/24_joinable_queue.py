import multiprocessing
import threading
import time

DONE = None


def work(jobs, results):
    while True:
        job = jobs.get(timeout=10)
        try:
            if job is DONE:
                return
            time.sleep(0.05)  # the work
            results.put(job * job)
        finally:
            jobs.task_done()  # one call for every get(), the sentinel too


def join_queue(q, timeout):
    """q.join() has no timeout: wait for it in a helper thread."""
    waiter = threading.Thread(target=q.join, daemon=True)
    waiter.start()
    waiter.join(timeout)
    return not waiter.is_alive()


if __name__ == "__main__":
    jobs = multiprocessing.JoinableQueue()
    results = multiprocessing.Queue()
    workers = []
    for _ in range(2):
        worker = multiprocessing.Process(target=work, args=(jobs, results))
        worker.start()
        workers.append(worker)
    for job in range(6):
        jobs.put(job)
    finished = join_queue(jobs, timeout=10)  # after 6 task_done() calls
    squares = sorted(results.get(timeout=10) for _ in range(6))
    print(f"jobs.join() returned: {finished}, results: {squares}")
    alive = sum(w.is_alive() for w in workers)
    print(f"workers still waiting for more: {alive}")
    for _ in workers:
        jobs.put(DONE)
    for w in workers:
        w.join(timeout=10)
    print(f"after the sentinels, exit codes: {[w.exitcode for w in workers]}")
