import threading

results = []
ready = threading.Condition()


def add_result_wrong(value):
    results.append(value)
    ready.notify_all()  # the condition's lock is not held here


def add_result(value):
    with ready:  # take the lock, change the data, announce the change
        results.append(value)
        ready.notify_all()


if __name__ == "__main__":
    try:
        add_result_wrong(10)
    except RuntimeError as exc:
        print(f"notify_all() without the lock: RuntimeError: {exc}")
    try:
        ready.wait(timeout=0.1)
    except RuntimeError as exc:
        print(f"wait() without the lock: RuntimeError: {exc}")

    worker = threading.Thread(target=add_result, args=(20,))
    with ready:
        # it blocks in `with ready:` until wait_for() releases the lock
        worker.start()
        ok = ready.wait_for(lambda: 20 in results, timeout=2)
    worker.join()
    print(f"with the lock held: wait_for() returned {ok}, results {results}")
