from concurrent.futures import ThreadPoolExecutor, as_completed

PRICES = ["12", "7", "oops", "30", ""]


def parse_price(text):
    return int(text)


if __name__ == "__main__":
    total = 0
    with ThreadPoolExecutor(max_workers=3) as pool:
        futures = [pool.submit(parse_price, text) for text in PRICES]
        for future in as_completed(futures, timeout=5):
            if future.exception() is None:
                total += future.result()
    # the failed inputs are never reported
    print(f"total of 5 prices: {total}")
