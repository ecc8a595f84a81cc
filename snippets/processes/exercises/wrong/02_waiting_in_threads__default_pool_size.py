# leaves the pool at its default size, min(32, CPUs + 4) threads: on most machines fewer
# than 20, so the pages wait in turns
import time
from concurrent.futures import ThreadPoolExecutor

PAGES = list(range(20))


def fetch(page):
    started = time.time()
    time.sleep(0.1)  # stands for waiting on the network
    return f"page {page}", (started, time.time())


def most_at_once(spans):
    """The largest number of waits that were going on at the same moment."""
    return max(sum(s <= start < e for s, e in spans) for start, _ in spans)


if __name__ == "__main__":
    with ThreadPoolExecutor() as pool:  # the default size: enough for waiting?
        results = list(pool.map(fetch, PAGES))
    fetched = [page for page, _ in results]
    print(
        f"{len(fetched)} pages fetched, in order:",
        fetched == [f"page {p}" for p in PAGES],
    )
    print(
        "more than 2 pages waited at once:",
        most_at_once([span for _, span in results]) > 2,
    )
