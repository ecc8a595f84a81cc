# prints the failures in the order as_completed()
# yields them, not sorted by input
from concurrent.futures import ThreadPoolExecutor, as_completed

PRICES = ["12", "7", "oops", "30", ""]


def parse_price(text):
    return int(text)


if __name__ == "__main__":
    total, good, failures = 0, 0, []
    with ThreadPoolExecutor(max_workers=3) as pool:
        futures = {pool.submit(parse_price, text): text for text in PRICES}
        for future in as_completed(futures, timeout=5):
            exc = future.exception()
            if exc is None:
                total += future.result()
                good += 1
            else:
                failures.append(f"{futures[future]!r}: {type(exc).__name__}")
    print(f"total of {good} prices: {total}")
    for line in failures:  # in the order the calls finished
        print("failed", line)
