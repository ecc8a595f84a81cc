# one thread per page, then a fixed sleep "long enough" instead of waiting for
# the threads: a slower network leaves pages missing when the results are read
import threading
import time

PAGES = list(range(20))


def fetch(page):
    started = time.time()
    time.sleep(0.1)  # stands for waiting on the network
    return f"page {page}", (started, time.time())


def most_at_once(spans):
    """The largest number of waits that were going on at the same moment."""
    return max(sum(s <= start < e for s, e in spans) for start, _ in spans)


def store(results, k, page):
    results[k] = fetch(page)


if __name__ == "__main__":
    results = [("missing", (0.0, 0.0))] * len(PAGES)
    for k, page in enumerate(PAGES):
        threading.Thread(target=store, args=(results, k, page)).start()
    time.sleep(0.5)  # five times the wait: surely enough
    fetched = [page for page, _ in results]
    print(
        f"{len(fetched)} pages fetched, in order:",
        fetched == [f"page {p}" for p in PAGES],
    )
    print(
        "more than 2 pages waited at once:",
        most_at_once([span for _, span in results]) > 2,
    )
