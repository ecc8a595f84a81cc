import multiprocessing


def nothing():
    pass


def start_a_child(conn):
    try:
        multiprocessing.Process(target=nothing).start()
        conn.send("started a child")
    except AssertionError as exc:
        conn.send(f"{type(exc).__name__}: {exc}")


if __name__ == "__main__":
    receiving, sending = multiprocessing.Pipe(duplex=False)
    daemon = multiprocessing.Process(
        target=start_a_child, args=(sending,), daemon=True
    )
    daemon.start()
    if receiving.poll(10):
        print("a daemon process tries to start a child:", receiving.recv())
    daemon.join(timeout=10)
    if daemon.is_alive():
        raise RuntimeError(f"{daemon.name} still runs after 10 s")
