import multiprocessing


def change_copies(shared, lock):
    shared["log"].append("from the child")  # appends to a copy
    shared["counts"]["child"] = 1  # sets a key in a copy


def change_the_server(shared, lock):
    # "log" holds a list proxy: the server appends
    shared["log"].append("from the child")
    with lock:  # read, change, write back, with no other process in between
        counts = shared["counts"]
        counts["child"] = 1
        shared["counts"] = counts  # assigning sends the new dict to the server


if __name__ == "__main__":
    with multiprocessing.Manager() as manager:
        lock = manager.Lock()
        for target in (change_copies, change_the_server):
            log = manager.list() if target is change_the_server else []
            shared = manager.dict(log=log, counts={})
            child = multiprocessing.Process(target=target, args=(shared, lock))
            child.start()
            child.join(timeout=10)
            if child.is_alive():
                raise RuntimeError(f"{child.name} still runs after 10 s")
            print(
                f"{target.__name__}: {list(shared['log'])}, {shared['counts']}"
            )
