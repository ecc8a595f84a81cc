# shrinks the report until it fits in the pipe: join() before get() no longer hangs,
# but the bug is still there for any report of the real size
import multiprocessing

SIZE = 1_000  # small enough to fit in the pipe: join() returns now


def make_report(n):
    return f"report {n}:".ljust(SIZE, ".")


def work(n, results):
    results.put((n, make_report(n)))


if __name__ == "__main__":
    results = multiprocessing.Queue()
    workers = [
        multiprocessing.Process(target=work, args=(n, results))
        for n in range(2)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=0.5)
    stuck = [worker.name for worker in workers if worker.is_alive()]
    reports = dict(results.get(timeout=10) for _ in workers)
    for worker in workers:
        worker.join(timeout=10)
    print("workers still running after join():", stuck)
    print(
        "complete reports:",
        sorted(n for n, r in reports.items() if len(r) == SIZE),
    )
