import multiprocessing
import sys
import threading
import time

WAITS = 10  # the I/O-bound thread waits 1 ms this many times


def io_bound():
    """Milliseconds per 1 ms wait: each wait releases the GIL, then needs it back."""
    start = time.perf_counter()
    for _ in range(WAITS):
        time.sleep(0.001)  # stands for a short network round trip
    return (time.perf_counter() - start) / WAITS * 1000


def cpu_bound(stop):
    while not stop.is_set():  # pure Python: holds the GIL until asked to drop it
        pass


def beside(make_event, make_worker):
    """The I/O-bound loop while a CPU-bound thread or process runs."""
    stop = make_event()
    worker = make_worker(target=cpu_bound, args=(stop,))
    worker.start()
    time.sleep(0.02)  # let the CPU-bound worker get going
    try:
        return io_bound()
    finally:
        stop.set()
        worker.join()


def show(label, ms):
    print(f"{label:<36}{ms:5.1f} ms per wait")


if __name__ == "__main__":
    default = sys.getswitchinterval()
    print(f"sys.getswitchinterval(): {default * 1000:.1f} ms")
    show("alone", io_bound())
    show("beside a CPU-bound thread", beside(threading.Event, threading.Thread))
    sys.setswitchinterval(0.0005)
    show("the same, switch interval 0.5 ms", beside(threading.Event, threading.Thread))
    sys.setswitchinterval(default)
    context = multiprocessing.get_context()
    show("beside a CPU-bound process", beside(context.Event, context.Process))
