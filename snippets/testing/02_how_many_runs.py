import sys
import threading

THREADS = 4
ADDS = 1000
RUNS = 200


def plus_one(value):
    return value + 1


class Counter:
    def __init__(self):
        self.value = 0

    def add_one(self):
        self.value = plus_one(self.value)  # read, call, write


def race_shows():
    """One run of the race: True if an update was lost."""
    counter = Counter()
    start = threading.Barrier(THREADS, timeout=5)

    def worker():
        start.wait()
        for _ in range(ADDS):
            counter.add_one()

    threads = [threading.Thread(target=worker) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=5)
    return counter.value < THREADS * ADDS


if __name__ == "__main__":
    for interval in (0.005, 1e-6):
        sys.setswitchinterval(interval)
        shown = sum(race_shows() for _ in range(RUNS))
        p = shown / RUNS
        print(
            f"switch interval {interval:g} s: "
            f"{shown} of {RUNS} runs lost updates, p = {p:.2f}"
        )
        for n in (10, 100):
            print(
                f"  chance that {n} runs all pass anyway: {(1 - p) ** n:.3f}"
            )
    sys.setswitchinterval(0.005)
