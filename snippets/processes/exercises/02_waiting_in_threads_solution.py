import time
from concurrent.futures import ThreadPoolExecutor

PAGES = list(range(20))


def fetch(page):
    time.sleep(0.1)  # stands for waiting on the network
    return f"page {page}"


if __name__ == "__main__":
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=len(PAGES)) as pool:
        fetched = list(pool.map(fetch, PAGES))
    elapsed = time.perf_counter() - started
    print(f"{len(fetched)} pages fetched, in order:", fetched == [f"page {p}" for p in PAGES])
    print("finished in under 0.5 s:", elapsed < 0.5)
