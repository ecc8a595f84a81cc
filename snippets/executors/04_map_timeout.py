import concurrent.futures
import time
from concurrent.futures import ThreadPoolExecutor


def work(seconds):
    time.sleep(seconds)
    return seconds


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=3) as pool:
        print("results in input order:", list(pool.map(work, [0.3, 0.1, 0.2], timeout=5)))

    with ThreadPoolExecutor(max_workers=3) as pool:
        results = pool.map(work, [0.1, 1.5, 0.2], timeout=0.8)
        got = []
        try:
            for value in results:
                got.append(value)
        except concurrent.futures.TimeoutError as exc:
            print("got before the timeout:", got)
            print("raised:", type(exc).__module__ + "." + type(exc).__qualname__)
            print("is the built-in TimeoutError:", exc.__class__ is TimeoutError)
