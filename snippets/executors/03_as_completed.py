import concurrent.futures
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

release = threading.Event()


def fetch(name, seconds):
    if seconds is None:  # too slow: runs until the main thread releases it
        if not release.wait(timeout=5):
            raise RuntimeError("never released")
    else:
        time.sleep(seconds)
    return name


if __name__ == "__main__":
    jobs = {"slow": 0.2, "fast": 0.0, "medium": 0.1}
    with ThreadPoolExecutor(max_workers=3) as pool:
        futures = [pool.submit(fetch, name, s) for name, s in jobs.items()]
        finished = [f.result() for f in as_completed(futures, timeout=5)]
    print("finished (sorted):", sorted(finished))

    jobs["slow"] = None
    with ThreadPoolExecutor(max_workers=3) as pool:
        futures = [pool.submit(fetch, name, s) for name, s in jobs.items()]
        try:
            for _future in as_completed(futures, timeout=0.5):
                pass
        except concurrent.futures.TimeoutError as exc:
            print(f"{type(exc).__name__}: {exc}")
        release.set()  # let the slow call end, so that the with block can end
