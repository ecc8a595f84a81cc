import threading
import time


def worker(stop, log):
    log.append("worker: opened its log file")
    try:
        # wait() returns False after 0.05 s (time for another round of work),
        # or True as soon as someone calls stop.set()
        while not stop.wait(timeout=0.05):
            pass  # one round of work
    finally:
        log.append("worker: flushed and closed its log file")


if __name__ == "__main__":
    stop, log = threading.Event(), []
    t = threading.Thread(target=worker, args=(stop, log))
    t.start()
    time.sleep(0.2)  # the main thread does other things meanwhile
    log.append("main: stop.set()")
    stop.set()
    t.join(timeout=2)
    print("\n".join(log))
    print(f"worker alive: {t.is_alive()}")
