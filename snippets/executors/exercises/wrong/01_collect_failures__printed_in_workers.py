# catches the error inside parse_price() and prints from the pool's
# threads: the order of the lines then depends on which call finishes first
from concurrent.futures import ThreadPoolExecutor, as_completed

PRICES = ["12", "7", "oops", "30", ""]


def parse_price(text):
    try:
        return int(text)
    except ValueError as exc:
        print(f"failed {text!r}: {type(exc).__name__}")
        return None


if __name__ == "__main__":
    total, good = 0, 0
    with ThreadPoolExecutor(max_workers=3) as pool:
        futures = [pool.submit(parse_price, text) for text in sorted(PRICES)]
        for future in as_completed(futures, timeout=5):
            if future.result() is not None:
                total += future.result()
                good += 1
    print(f"total of {good} prices: {total}")
