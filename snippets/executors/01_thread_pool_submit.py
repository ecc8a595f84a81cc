import threading
from concurrent.futures import ThreadPoolExecutor

# the "network" answers once the main thread lets it
network = threading.Event()


def download(name):
    if not network.wait(timeout=5):  # stands in for waiting on the network
        raise TimeoutError(f"{name}: no answer")
    if name == "missing.txt":
        raise FileNotFoundError(name)
    return f"{name}: {len(name) * 100} bytes"


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=3) as pool:
        ok = pool.submit(download, "index.html")
        bad = pool.submit(download, "missing.txt")
        print("right after submit, ok.done():", ok.done())
        network.set()
        print("ok.result():", ok.result(timeout=5))
        print("bad.exception():", repr(bad.exception(timeout=5)))
        print("ok.exception():", ok.exception())
