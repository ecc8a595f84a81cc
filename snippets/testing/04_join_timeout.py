import threading


def save(lock):
    with lock:  # waits for a lock that is never released: a deadlock
        pass


if __name__ == "__main__":
    lock = threading.Lock()
    lock.acquire()  # the test's bug, or the code's
    worker = threading.Thread(target=save, args=(lock,), name="Saver")
    worker.start()
    worker.join(timeout=0.5)
    if worker.is_alive():
        print(f"{worker.name} still running after 0.5 s: the test fails")
    lock.release()  # end the demonstration cleanly
    worker.join(timeout=5)
    print(f"{worker.name} alive at the end: {worker.is_alive()}")
