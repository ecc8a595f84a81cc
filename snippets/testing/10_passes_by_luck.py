import sys
import threading


class Counter:
    def __init__(self):
        self.value = 0

    def add_one(self):  # the race of the first example, no pause
        current = self.value
        self.value = current + 1


def naive_test():
    """Four threads add 1 each; True if the count is right."""
    counter = Counter()
    threads = [threading.Thread(target=counter.add_one) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=5)
    return counter.value == 4


if __name__ == "__main__":
    sys.setswitchinterval(1e-6)  # switch threads as often as possible
    passed = sum(naive_test() for _ in range(100))
    sys.setswitchinterval(0.005)
    print(f"the naive test passed {passed} of 100 runs")
