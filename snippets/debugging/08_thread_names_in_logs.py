import logging
import sys
import threading

log = logging.getLogger("app")


def download(url):
    log.info("fetching %s", url)
    log.info("done with %s", url)


if __name__ == "__main__":
    logging.basicConfig(
        stream=sys.stdout,
        level=logging.INFO,
        format="%(threadName)-12s %(levelname)-5s %(name)s: %(message)s",
    )
    log.info("starting 2 downloads")
    threads = [
        threading.Thread(target=download, args=(url,), name=f"Downloader-{n}")
        for n, url in enumerate(["/a.html", "/b.html"], start=1)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    log.info("all downloads done")
