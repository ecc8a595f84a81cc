import threading


def acquire_again(lock):
    with lock:
        again = lock.acquire(blocking=False)
        if again:
            lock.release()
    return again


def other_thread_acquires(lock):
    results = []
    thread = threading.Thread(
        target=lambda: results.append(lock.acquire(blocking=False))
    )
    thread.start()
    thread.join()
    return results[0]


if __name__ == "__main__":
    print(
        "Lock:  the same thread acquires it again: "
        f"{acquire_again(threading.Lock())}"
    )
    print(
        "RLock: the same thread acquires it again: "
        f"{acquire_again(threading.RLock())}"
    )
    rlock = threading.RLock()
    with rlock:
        acquired = other_thread_acquires(rlock)
        print(f"RLock: another thread acquires it meanwhile: {acquired}")
