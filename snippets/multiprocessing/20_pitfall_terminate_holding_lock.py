import multiprocessing


def write_report(lock, ready, stop):
    with lock:  # e.g. the lock that keeps one process at a time in a file
        ready.set()
        # writes until terminated (20 s bounds a forgotten child)
        stop.wait(timeout=20)


if __name__ == "__main__":
    for ending in ("terminate()", "stop.set()"):
        lock = multiprocessing.Lock()
        ready, stop = multiprocessing.Event(), multiprocessing.Event()
        child = multiprocessing.Process(
            target=write_report, args=(lock, ready, stop)
        )
        child.start()
        if not ready.wait(timeout=10):
            raise RuntimeError("the child did not start")
        if ending == "terminate()":
            child.terminate()
        else:
            stop.set()  # ask: the child leaves its with block and returns
        child.join(timeout=10)
        free = lock.acquire(timeout=0.5)
        print(
            f"after {ending}: exitcode {child.exitcode}, lock.acquire(): "
            f"{free}"
        )
