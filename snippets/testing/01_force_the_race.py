import threading
import time

THREADS = 4


class Counter:
    def __init__(self):
        self.value = 0

    def add_one(self):
        current = self.value
        self.value = current + 1


def pause_at(function, offset, seconds):
    """A trace function that sleeps before line `offset` of `function`."""
    code = function.__code__
    line = code.co_firstlineno + offset

    def on_line(frame, event, arg):
        if event == "line" and frame.f_lineno == line:
            time.sleep(seconds)
        return on_line

    def on_call(frame, event, arg):
        return on_line if frame.f_code is code else None

    return on_call


def lost_updates():
    """Four threads add 1 each, all released at once by a Barrier."""
    counter = Counter()
    start = threading.Barrier(THREADS, timeout=5)

    def worker():
        start.wait()
        counter.add_one()

    threads = [threading.Thread(target=worker) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=5)
    return THREADS - counter.value


if __name__ == "__main__":
    # threads started from now on pause 0.05 s between the read and the write
    threading.settrace(pause_at(Counter.add_one, 2, 0.05))
    lost = [lost_updates() for _ in range(10)]
    threading.settrace(None)
    print(f"updates lost in each of 10 runs: {sorted(set(lost))}")
