# a new Lock in every call protects nothing:
# read-append-write still interleaves
import multiprocessing


def record(events, worker, n):
    with multiprocessing.Lock():
        log = events["log"]
        log.append(f"{worker}:{n}")
        events["log"] = log


def work(worker, events, together):
    for n in range(3):
        together.wait(timeout=10)  # both workers record at the same moment
        record(events, worker, n)


if __name__ == "__main__":
    with multiprocessing.Manager() as manager:
        events = manager.dict(log=[])
        together = multiprocessing.Barrier(2)
        workers = [
            multiprocessing.Process(target=work, args=(name, events, together))
            for name in ("a", "b")
        ]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(timeout=10)
        log = sorted(events["log"])
    print(f"{len(log)} events:", log)
