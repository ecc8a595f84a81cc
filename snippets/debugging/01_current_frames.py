import os
import sys
import threading
import time
import traceback


def download(lock):  # blocks: the main thread holds the lock
    with lock:
        pass


def read_reply(fd):  # blocks: nothing is written to the pipe yet
    os.read(fd, 1)


def wait_until_blocked(thread, func):
    """Return once `thread` runs the first line of `func`'s body, where it
    blocks."""
    body = func.__code__.co_firstlineno + 1
    for _ in range(500):
        frame = sys._current_frames().get(thread.ident)
        if frame and frame.f_code is func.__code__ and frame.f_lineno == body:
            return
        time.sleep(0.01)
    raise RuntimeError(f"{thread.name} never reached {func.__name__}()")


def show_threads():
    frames = sys._current_frames()  # {thread identifier: its innermost frame}
    for thread in sorted(threading.enumerate(), key=lambda t: t.name):
        print(f"{thread.name}:")
        stack = traceback.extract_stack(frames[thread.ident])
        for entry in stack:
            where = f"{os.path.basename(entry.filename)} in {entry.name}"
            mine = entry.filename == __file__
            print(f"  {where}: {entry.line}" if mine else f"  {where}")


if __name__ == "__main__":
    lock = threading.Lock()
    reply_r, reply_w = os.pipe()
    lock.acquire()
    downloader = threading.Thread(
        target=download, args=(lock,), name="Downloader"
    )
    reader = threading.Thread(
        target=read_reply, args=(reply_r,), name="Reader"
    )
    downloader.start()
    reader.start()
    wait_until_blocked(downloader, download)
    wait_until_blocked(reader, read_reply)
    show_threads()
    lock.release()
    os.write(reply_w, b"!")
    downloader.join()
    reader.join()
    os.close(reply_r)
    os.close(reply_w)
