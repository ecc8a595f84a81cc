# requires: Python 3.14+
import os
import time
from concurrent.futures import (
    InterpreterPoolExecutor,
    ProcessPoolExecutor,
    ThreadPoolExecutor,
)

TASKS = 4
SIZE = 1_500_000  # one task: about a tenth of a second of CPU


def crunch(n):  # pure Python, CPU-bound
    return sum(i * i % 7 for i in range(n))


def rss_kib(_=None):  # this process's resident memory, from Linux's /proc
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None  # no /proc: not Linux


def best_of_3(job):  # the fastest of three runs: the least disturbed
    times = []
    for _ in range(3):
        start = time.perf_counter()
        job()
        times.append(time.perf_counter() - start)
    return min(times)


def warm_up(seconds):  # holds its worker while the others start
    time.sleep(seconds)
    return rss_kib()


def measure(make_pool, workers):
    before = rss_kib()
    start = time.perf_counter()
    with make_pool(max_workers=workers) as pool:
        # a 0.5 s task per worker: every worker starts (0.5 s not counted)
        rss = list(pool.map(warm_up, [0.5] * workers, timeout=60))
        started = time.perf_counter()
        ran = best_of_3(
            lambda: list(pool.map(crunch, [SIZE] * TASKS, timeout=60))
        )
        after = rss_kib()
    if make_pool is ProcessPoolExecutor and None not in rss:
        per_worker = sum(rss) / workers  # each worker is a whole process
    elif None not in (before, after):
        per_worker = (after - before) / workers  # growth of this process
    else:
        per_worker = None
    return started - start - 0.5, ran, per_worker


if __name__ == "__main__":
    workers = min(TASKS, os.process_cpu_count() or 1)
    print(f"CPUs this process may use: {os.process_cpu_count()}")
    print(f"{TASKS} tasks on {workers} workers")
    alone = best_of_3(lambda: [crunch(SIZE) for _ in range(TASKS)])
    print(f"{'one thread':13} run {alone:6.3f} s")
    for name, make_pool in [
        ("threads", ThreadPoolExecutor),
        ("interpreters", InterpreterPoolExecutor),
        ("processes", ProcessPoolExecutor),
    ]:
        startup, ran, per_worker = measure(make_pool, workers)
        memory = (
            "n/a" if per_worker is None else f"{per_worker / 1024:5.1f} MiB"
        )
        print(
            f"{name:13} run {ran:6.3f} s, speed-up {alone / ran:4.2f}x,"
            f" start-up {startup:6.3f} s, memory per worker {memory}"
        )
