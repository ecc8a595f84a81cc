# daemon threads: the program exits at once, killing the workers in mid-item
import signal
import threading
import time

stop = threading.Event()


def handle(item):
    """One unit of work."""
    time.sleep(0.02)


def work():
    for item in range(50):  # about 1 s of work
        handle(item)


def press_ctrl_c_after(seconds):
    """The scenario: the user presses Ctrl-C after `seconds`."""
    main = threading.main_thread().ident
    threading.Timer(
        seconds, signal.pthread_kill, args=(main, signal.SIGINT)
    ).start()


if __name__ == "__main__":
    workers = [
        threading.Thread(target=work, name=f"Worker-{n}", daemon=True)
        for n in (1, 2)
    ]
    for worker in workers:
        worker.start()
    press_ctrl_c_after(0.2)
    try:
        for worker in workers:
            worker.join()
    except KeyboardInterrupt:
        stop.set()
    print(f"stopped by Ctrl-C: {stop.is_set()}")
    print(f"workers still alive: {sum(w.is_alive() for w in workers)}")
