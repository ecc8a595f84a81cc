# joins each thread right after starting
# it: the downloads run one after another
import threading
import time


def download(ran_in):
    started = time.monotonic()
    time.sleep(0.3)  # waiting for the network
    ran_in.append((threading.current_thread().name, started, time.monotonic()))


if __name__ == "__main__":
    ran_in = []
    threads = [
        threading.Thread(target=download, args=(ran_in,), name=f"Download-{n}")
        for n in (1, 2, 3)
    ]
    for thread in threads:
        thread.start()
        thread.join()
    names = sorted(name for name, _, _ in ran_in)
    spans = [(start, end) for _, start, end in ran_in]
    overlapped = any(
        s1 < e2 and s2 < e1 for s1, e1 in spans for s2, e2 in spans if s1 != s2
    )
    print(f"ran in: {names}")
    # did two downloads wait at the same moment?
    print(f"overlapped: {overlapped}")
