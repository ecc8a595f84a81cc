# terminates the workers that join() finds stuck: no worker is left running, but the
# terminated ones never deliver their reports (reading the half-written pipe would hang)
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
    for worker in workers:
        worker.join(timeout=0.5)
        if worker.is_alive():
            worker.terminate()  # stuck: stop it, and join() returns at once
            worker.join()
    stuck = [worker.name for worker in workers if worker.is_alive()]
    reports = {}  # a terminated worker's report is lost with it: nothing to read
    print("workers still running after join():", stuck)
    print(
        "complete reports:",
        sorted(n for n, r in reports.items() if len(r) == SIZE),
    )
