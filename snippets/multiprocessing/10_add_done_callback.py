import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor

release = None  # set in each worker process by the initializer


def keep(event):
    global release
    release = event


def square(n):
    if not release.wait(timeout=10):
        raise RuntimeError("never released")
    return n * n


in_main_thread = []
called = threading.Event()


def report(future):  # runs in the main process
    in_main_thread.append(
        threading.current_thread() is threading.main_thread()
    )
    called.set()


if __name__ == "__main__":
    release = multiprocessing.Event()
    with ProcessPoolExecutor(
        1, initializer=keep, initargs=(release,)
    ) as executor:
        future = executor.submit(square, 7)
        future.add_done_callback(report)  # not done yet: called later
        release.set()
        if not called.wait(timeout=10):
            raise RuntimeError("the callback was not called")
        future.add_done_callback(report)  # already done: called right now
    print(
        "result:",
        future.result(),
        "callbacks in the main thread:",
        in_main_thread,
    )
