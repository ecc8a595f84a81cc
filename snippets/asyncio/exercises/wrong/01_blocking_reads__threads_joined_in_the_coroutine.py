# reads in plain threads that the coroutine joins, and beats from a side thread: the
# output looks right, but the event loop itself is frozen while the reads run
import asyncio
import threading
import time

beats = []  # when the heartbeat ticked
spans = []  # when each read started and ended


def read_sensor(name):
    # A blocking call from a library without async support: leave it as it is.
    start = time.monotonic()
    time.sleep(0.3)
    spans.append((start, time.monotonic()))
    return f"{name}: 21.5 C"


def beat():
    beats.append(time.monotonic())


async def heartbeat():
    while True:
        await asyncio.sleep(0.02)
        beat()


def read_all(names):
    """Each read in a plain thread of its own, joined here: the reads overlap."""
    readings = [None] * len(names)

    def one(k, name):
        readings[k] = read_sensor(name)

    threads = [
        threading.Thread(target=one, args=kn) for kn in enumerate(names)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()  # in the coroutine: the event loop waits here too
    return readings


def side_heartbeat(stop):
    while not stop.wait(0.02):
        beat()


async def main():
    stop = threading.Event()
    ticking = threading.Thread(target=side_heartbeat, args=(stop,))
    ticking.start()  # the heartbeat in a thread of its own, beside the loop
    await asyncio.sleep(0.05)
    readings = read_all(["hall", "lab", "roof"])
    stop.set()
    ticking.join()
    print(readings)
    first_start, last_end = min(s for s, _ in spans), max(e for _, e in spans)
    ticked = any(first_start < t < last_end for t in beats)
    print("the heartbeat ticked during the reads:", ticked)
    overlapped = max(s for s, _ in spans) < min(e for _, e in spans)
    print("the three reads overlapped:", overlapped)


if __name__ == "__main__":
    asyncio.run(main())
