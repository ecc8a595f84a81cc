# catches KeyboardInterrupt around join(): on 3.9-3.12 the
# interrupted join() marks a running worker as ended
# (gh-90882), so the second join() can return before it ends
# wrong on: Python 3.9-3.12
import signal
import threading
import time

stop = threading.Event()


def handle(item):
    """One unit of work."""
    time.sleep(0.02)


def work():
    for item in range(50):  # about 1 s of work
        if stop.is_set():
            break
        handle(item)


def press_ctrl_c_after(seconds):
    """The scenario: the user presses Ctrl-C after `seconds`."""
    main = threading.main_thread().ident
    threading.Timer(
        seconds, signal.pthread_kill, args=(main, signal.SIGINT)
    ).start()


if __name__ == "__main__":
    workers = [
        threading.Thread(target=work, name=f"Worker-{n}") for n in (1, 2)
    ]
    for worker in workers:
        worker.start()
    press_ctrl_c_after(0.2)
    try:
        for worker in workers:
            worker.join()
    except KeyboardInterrupt:
        stop.set()
        for worker in workers:
            worker.join()
    print(f"stopped by Ctrl-C: {stop.is_set()}")
    print(f"workers still alive: {sum(w.is_alive() for w in workers)}")
