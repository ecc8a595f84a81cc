# runs the workers one after the other: only Worker-1 is working when Ctrl-C comes, so
# the program stops, but it never had two workers at once
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


def ask_to_stop(signum, frame):
    stop.set()


if __name__ == "__main__":
    signal.signal(signal.SIGINT, ask_to_stop)  # Ctrl-C now sets `stop`
    workers = [
        threading.Thread(target=work, name=f"Worker-{n}") for n in (1, 2)
    ]
    workers[0].start()
    press_ctrl_c_after(0.2)
    workers[0].join()
    workers[1].start()  # Worker-2 starts only once Worker-1 has ended
    workers[1].join()
    print(f"stopped by Ctrl-C: {stop.is_set()}")
    print(f"workers still alive: {sum(w.is_alive() for w in workers)}")
