import os
import random
import threading
import time


class Counter:
    def __init__(self):
        self.value = 0

    def add_one(self):
        current = self.value
        self.value = current + 1


def random_pauses(seed, code, share, seconds, paused):
    """A trace function that sleeps at a random `share` of the lines of
    `code`. Each thread draws from its own random.Random, seeded with the
    seed and the thread's name, and records in `paused` where it paused."""
    local = threading.local()

    def on_line(frame, event, arg):
        if event == "line":
            local.lines += 1
            if local.rng.random() < share:
                local.paused.append(local.lines)
                time.sleep(seconds)
        return on_line

    def on_call(frame, event, arg):
        if frame.f_code is not code:
            return None
        if not hasattr(local, "rng"):
            name = threading.current_thread().name
            local.rng = random.Random(f"{seed}/{name}")
            local.lines, local.paused = 0, paused.setdefault(name, [])
        return on_line

    return on_call


def run(seed):
    """Four threads call add_one() 50 times each, with random pauses."""
    counter = Counter()
    paused = {}
    code = Counter.add_one.__code__
    threading.settrace(random_pauses(seed, code, 0.05, 0.001, paused))

    def worker():
        for _ in range(50):
            counter.add_one()

    threads = [threading.Thread(target=worker, name=f"w{i}") for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=5)
    threading.settrace(None)
    return paused


if __name__ == "__main__":
    seed = int(os.environ.get("RACE_SEED", "3"))  # print it when a test fails
    first = run(seed)
    for name, lines in sorted(first.items()):
        gap = sum(1 for line in lines if line % 2 == 0)
        print(
            f"seed {seed}, {name}: pauses at line events {lines},"
            f" {gap} in the gap"
        )
    print(f"the same pauses when run again: {run(seed) == first}")
