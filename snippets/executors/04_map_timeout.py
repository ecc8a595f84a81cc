import concurrent.futures
import threading
import time
from concurrent.futures import ThreadPoolExecutor

release = threading.Event()


def work(seconds):
    if seconds is None:  # too slow: runs until the main thread releases it
        if not release.wait(timeout=5):
            raise RuntimeError("never released")
    else:
        time.sleep(seconds)
    return seconds


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=3) as pool:
        print("results in input order:", list(pool.map(work, [0.3, 0.1, 0.2])))

    with ThreadPoolExecutor(max_workers=3) as pool:
        got = []
        try:
            for value in pool.map(work, [0.1, None, 0.2], timeout=0.5):
                got.append(value)
        except concurrent.futures.TimeoutError as exc:
            print("got before the timeout:", got)
            print(
                "raised:", type(exc).__module__ + "." + type(exc).__qualname__
            )
            print(
                "is the built-in TimeoutError:", exc.__class__ is TimeoutError
            )
        release.set()  # let the slow call end, so that the with block can end
