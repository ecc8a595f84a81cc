import multiprocessing


def produce(q):
    # much more than an OS pipe holds (64 KiB on Linux)
    q.put(b"x" * 1_000_000)


if __name__ == "__main__":
    q = multiprocessing.Queue()
    child = multiprocessing.Process(target=produce, args=(q,))
    child.start()
    child.join(timeout=0.5)  # join before get: the child cannot end yet
    print("after join(timeout=0.5): is_alive() =", child.is_alive())
    data = q.get(timeout=10)  # drain first...
    child.join(timeout=10)  # ...then join
    print(
        f"after get() of {len(data):,} bytes and join(): exitcode "
        f"{child.exitcode}"
    )
