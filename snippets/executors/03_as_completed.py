import concurrent.futures
import time
from concurrent.futures import ThreadPoolExecutor, as_completed


def fetch(name, seconds):
    time.sleep(seconds)
    return name


if __name__ == "__main__":
    jobs = {"slow": 1.2, "fast": 0.0, "medium": 0.1}
    finished = []
    with ThreadPoolExecutor(max_workers=3) as pool:
        futures = {pool.submit(fetch, name, s): name for name, s in jobs.items()}
        for future in as_completed(futures, timeout=5):
            finished.append(future.result())
    print("finished (sorted):", sorted(finished))

    with ThreadPoolExecutor(max_workers=3) as pool:
        futures = [pool.submit(fetch, name, s) for name, s in jobs.items()]
        try:
            for _future in as_completed(futures, timeout=0.6):
                pass
        except concurrent.futures.TimeoutError as exc:
            print(f"{type(exc).__name__}: {exc}")
