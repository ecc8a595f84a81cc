import threading

lock = threading.Lock()
log = []


def update(name, timeout):
    if lock.acquire(timeout=timeout):
        try:
            log.append(f"{name}: got the lock and updated")
        finally:
            lock.release()
    else:
        log.append(f"{name}: no lock within {timeout} s, update skipped")


if __name__ == "__main__":
    update("first", 0.1)
    with lock:  # someone else holds the lock while the second thread tries
        thread = threading.Thread(target=update, args=("second", 0.1))
        thread.start()
        thread.join()
    for line in log:
        print(line)
