import multiprocessing
import statistics
import sys
import threading
import time

WAITS = 20  # the I/O-bound thread waits 1 ms this many times
turns = 0  # how often the CPU-bound thread's loop has run


def io_bound(rival_thread=False):
    """The median time of a 1 ms wait, in ms: each wait releases the GIL,
    then needs it back. Beside a CPU-bound thread, only the waits during
    which that thread took the GIL count."""
    took = []
    deadline = time.monotonic() + 5
    while len(took) < WAITS and time.monotonic() < deadline:
        before = turns
        start = time.perf_counter()
        time.sleep(0.001)  # stands for a short network round trip
        if not rival_thread or turns != before:
            took.append((time.perf_counter() - start) * 1000)
    return statistics.median(took)


def cpu_bound(stop):
    global turns
    # pure Python: holds the GIL until asked to drop it
    while not stop.is_set():
        turns += 1


def beside(make_event, make_worker):
    """The I/O-bound loop while a CPU-bound thread or process runs."""
    stop = make_event()
    worker = make_worker(target=cpu_bound, args=(stop,))
    worker.start()
    time.sleep(0.02)  # let the CPU-bound worker get going
    try:
        return io_bound(rival_thread=make_worker is threading.Thread)
    finally:
        stop.set()
        worker.join()


if __name__ == "__main__":
    default = sys.getswitchinterval()
    alone = io_bound()
    with_thread = beside(threading.Event, threading.Thread)
    sys.setswitchinterval(0.0005)
    with_short_interval = beside(threading.Event, threading.Thread)
    sys.setswitchinterval(default)
    context = multiprocessing.get_context()
    with_process = beside(context.Event, context.Process)
    half = default * 1000 / 2  # ms
    print(f"sys.getswitchinterval(): {default * 1000:.1f} ms")
    print(
        f"beside a CPU-bound thread, each wait is {half:.1f}+ ms longer than "
        "alone:",
        with_thread - alone > half,
    )
    print(
        "the same with a 0.5 ms switch interval, shorter than at 5 ms:",
        with_short_interval < with_thread,
    )
    print(
        "beside a CPU-bound process, shorter than beside a thread:",
        with_process < with_thread,
    )
