import threading

lock = threading.Lock()
log = []


def careless_update():
    lock.acquire(timeout=0.1)  # returns False here, and nobody looks
    log.append(
        "worker: in the critical section anyway, lock held by main: "
        f"{lock.locked()}"
    )
    lock.release()  # releases the lock that the main thread holds
    log.append(f"worker: released it, lock held by anyone: {lock.locked()}")


if __name__ == "__main__":
    lock.acquire()
    worker = threading.Thread(target=careless_update)
    worker.start()
    worker.join()
    try:
        lock.release()
    except RuntimeError as exc:
        log.append(f"main: {type(exc).__name__}: {exc}")
    for line in log:
        print(line)
