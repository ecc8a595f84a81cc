import time
from concurrent.futures import ThreadPoolExecutor


def download(name, seconds):
    time.sleep(seconds)  # stands in for waiting on the network
    if name == "missing.txt":
        raise FileNotFoundError(name)
    return f"{name}: {len(name) * 100} bytes"


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=3) as pool:
        ok = pool.submit(download, "index.html", 0.2)
        bad = pool.submit(download, "missing.txt", 0.1)
        print("right after submit, ok.done():", ok.done())
        print("ok.result():", ok.result(timeout=5))
        print("bad.exception():", repr(bad.exception(timeout=5)))
        print("ok.exception():", ok.exception())
