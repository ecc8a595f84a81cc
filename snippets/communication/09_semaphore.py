import threading
import time

slots = threading.BoundedSemaphore(3)  # at most 3 downloads at once
lock = threading.Lock()
active = 0
max_active = 0


def download(url):
    global active, max_active
    with slots:
        with lock:
            active += 1
            max_active = max(max_active, active)
        time.sleep(0.1)  # the download
        with lock:
            active -= 1


if __name__ == "__main__":
    urls = [f"https://example.com/file{n}" for n in range(10)]
    threads = [threading.Thread(target=download, args=(url,)) for url in urls]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"downloads: {len(urls)}, max at once: {max_active}")
