# parses in a loop in the main thread: right lines, but the pool is gone
PRICES = ["12", "7", "oops", "30", ""]


def parse_price(text):
    return int(text)


if __name__ == "__main__":
    total, good, failures = 0, 0, []
    for text in PRICES:
        try:
            total += parse_price(text)
            good += 1
        except ValueError as exc:
            failures.append(f"{text!r}: {type(exc).__name__}")
    print(f"total of {good} prices: {total}")
    for line in sorted(failures):
        print("failed", line)
