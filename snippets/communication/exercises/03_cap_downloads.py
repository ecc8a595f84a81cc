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
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"downloads: {len(urls)}, max at once: {max_active}")
