# requires: Python 3.14+
from concurrent import interpreters


def work(tasks, results):  # runs in a worker interpreter, in its own thread
    while True:
        n = tasks.get(timeout=10)
        if n is None:
            return
        results.put((n, sum(i * i for i in range(n))), timeout=10)


if __name__ == "__main__":
    tasks = interpreters.create_queue()
    results = interpreters.create_queue()
    workers = [interpreters.create() for _ in range(2)]
    threads = [w.call_in_thread(work, tasks, results) for w in workers]
    try:
        for n in (10, 100, 1000, 10_000):
            tasks.put(n, timeout=10)
        got = dict(results.get(timeout=10) for _ in range(4))
        print("sums:", sorted(got.items()))
    finally:
        for _ in workers:
            tasks.put(None, timeout=10)  # one stop signal per worker
        for thread in threads:
            thread.join(timeout=10)
        for w in workers:
            w.close()
    print("threads alive:", sum(t.is_alive() for t in threads))
