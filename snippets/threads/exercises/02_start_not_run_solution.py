import threading
import time


def download(ran_in):
    time.sleep(0.3)  # waiting for the network
    ran_in.append(threading.current_thread().name)


if __name__ == "__main__":
    ran_in = []
    threads = [
        threading.Thread(target=download, args=(ran_in,), name=f"Download-{n}") for n in (1, 2, 3)
    ]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=5)
    elapsed = time.perf_counter() - began
    print(f"ran in: {sorted(ran_in)}")
    print(f"overlapped: {elapsed < 0.6}")  # one after another takes 0.9 s
