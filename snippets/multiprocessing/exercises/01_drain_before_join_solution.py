import multiprocessing

SIZE = 200_000  # each report is bigger than an OS pipe holds


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
    reports = dict(results.get(timeout=10) for _ in workers)  # drain first...
    for worker in workers:
        worker.join(timeout=10)  # ...then join: each worker ends right away
    stuck = [worker.name for worker in workers if worker.is_alive()]
    print("workers still running after join():", stuck)
    print(
        "complete reports:",
        sorted(n for n, r in reports.items() if len(r) == SIZE),
    )
