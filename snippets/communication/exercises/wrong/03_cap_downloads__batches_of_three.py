# starts the threads in batches of three: at most 3, but not started together
import threading
import time

lock = threading.Lock()
active = 0
max_active = 0


def download(url):
    # the download itself: the check may make it slower or faster
    time.sleep(0.1)


def fetch(url):
    global active, max_active
    with lock:
        active += 1
        max_active = max(max_active, active)
    download(url)
    with lock:
        active -= 1


if __name__ == "__main__":
    urls = [f"https://example.com/file{n}" for n in range(8)]
    threads = [threading.Thread(target=fetch, args=(url,)) for url in urls]
    for i in range(0, len(threads), 3):  # three at a time
        batch = threads[i : i + 3]
        for t in batch:
            t.start()
        for t in batch:
            t.join()
    print(f"downloads: {len(urls)}, max at once: {max_active}")
