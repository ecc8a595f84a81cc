# leaves the shared dict in a global the main block sets: a child started with spawn or
# forkserver imports the file again and finds None there
import multiprocessing


def record(events, worker, n):
    # a list proxy: one call to the server
    events["log"].append(f"{worker}:{n}")


events = None  # set by the main block, read by the workers


def work(worker, together):
    for n in range(3):
        together.wait(timeout=10)  # both workers record at the same moment
        record(events, worker, n)


if __name__ == "__main__":
    with multiprocessing.Manager() as manager:
        events = manager.dict(log=manager.list())  # a nested proxy
        together = multiprocessing.Barrier(2)
        workers = [
            multiprocessing.Process(target=work, args=(name, together))
            for name in ("a", "b")
        ]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(timeout=10)
            if worker.is_alive():
                raise RuntimeError(f"{worker.name} still runs after 10 s")
        log = sorted(events["log"])
    print(f"{len(log)} events:", log)
