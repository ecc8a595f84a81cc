import threading


def worker(stop, log):
    log.append("worker: opened its log file")
    try:
        while not stop.is_set():
            # one round of work, then sleep up to 0.05 s; set() wakes it at once
            stop.wait(timeout=0.05)
    finally:
        log.append("worker: flushed and closed its log file")


if __name__ == "__main__":
    stop, log = threading.Event(), []
    t = threading.Thread(target=worker, args=(stop, log))
    t.start()
    stop.wait(timeout=0.2)  # the main thread does other things meanwhile
    log.append("main: stop.set()")
    stop.set()
    t.join(timeout=2)
    print("\n".join(log))
    print(f"worker alive: {t.is_alive()}")
