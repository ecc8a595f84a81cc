import threading
import time

PARTIES = 3


def player(n, barrier, log, lock):
    time.sleep(0.05 * n)  # each one takes a different time to load
    with lock:
        log.append(("ready", n))
    # returns 0 .. PARTIES-1, a different one to each
    index = barrier.wait(timeout=2)
    with lock:
        log.append(("go", n, index))


if __name__ == "__main__":
    log, lock = [], threading.Lock()
    barrier = threading.Barrier(
        PARTIES, action=lambda: log.append(("action",))
    )
    threads = [
        threading.Thread(target=player, args=(n, barrier, log, lock))
        for n in range(PARTIES)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()  # wait(timeout=2) bounds each player's wait
    kinds = [entry[0] for entry in log]
    print(f"order: {kinds}")
    print(
        "wait() returned: "
        f"{sorted(entry[2] for entry in log if entry[0] == 'go')}"
    )
