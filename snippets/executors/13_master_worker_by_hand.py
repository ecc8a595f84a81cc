import multiprocessing
import queue

TASKS = [3, 1, 4, 1, 5, 9, 2, 6]
WORKERS = 2


def worker(tasks, results):
    while True:
        n = tasks.get(timeout=10)
        if n is None:  # sentinel: no more work
            break
        results.put((n, n * n))


if __name__ == "__main__":
    tasks = multiprocessing.Queue()
    results = multiprocessing.Queue()
    workers = [
        multiprocessing.Process(target=worker, args=(tasks, results))
        for _ in range(WORKERS)
    ]
    for w in workers:
        w.start()
    for n in TASKS:
        tasks.put(n)
    for _ in workers:
        tasks.put(None)
    collected = []
    try:
        for _ in TASKS:
            collected.append(results.get(timeout=10))
    except queue.Empty:
        print("a worker died or hangs: no result for 10 s")
    for w in workers:
        w.join()  # each worker ends at its sentinel
    for n, square in sorted(collected):
        print(f"{n} * {n} = {square}")
