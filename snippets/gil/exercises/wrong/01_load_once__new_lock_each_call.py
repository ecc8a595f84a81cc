# A new Lock on every call: no other thread ever waits for it, so two threads
# still load the same key at once.
import threading
import time

KEYS = ["alpha", "beta", "gamma", "delta"]
THREADS = 4

cache = {}
loads = []  # one entry per load() call


def load(key):  # slow: reads a file, asks a server
    loads.append(key)
    time.sleep(0.01)
    return key.upper()


def get(key):
    with threading.Lock():  # a new lock on every call
        if key not in cache:
            cache[key] = load(key)
    return cache[key]


def worker(first, start_together, answers):
    start_together.wait(timeout=5)
    for key in KEYS[first:] + KEYS[:first]:
        answers.append(get(key))


if __name__ == "__main__":
    start_together = threading.Barrier(THREADS)
    answers = []
    threads = [
        threading.Thread(
            target=worker, args=(i // 2 * 2, start_together, answers)
        )
        for i in range(THREADS)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print(f"answers: {len(answers)}, distinct: {sorted(set(answers))}")
    print(f"loads: {len(loads)}")
