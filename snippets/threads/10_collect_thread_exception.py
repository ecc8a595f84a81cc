import threading


def parse(text, results, errors):
    try:
        results.append(int(text))
    except Exception as exc:  # hand the error to the thread that joins
        errors.append(exc)


if __name__ == "__main__":
    results, errors = [], []
    threads = [
        threading.Thread(target=parse, args=(text, results, errors))
        for text in ("12", "abc", "30")
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print(f"results: {sorted(results)}")
    for exc in errors:
        print(f"error: {type(exc).__name__}: {exc}")
