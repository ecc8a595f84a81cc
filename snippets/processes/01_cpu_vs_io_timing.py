import os
import platform
import sys
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

LINE = "{:<10} {:<11} {:>7} {:>7} {:>7} {:>8} {:>10}"


def cpu_job(iterations):
    started = time.thread_time()
    total = 0
    for i in range(iterations):
        total += i % 7
    return time.thread_time() - started


def io_job(seconds):
    started = time.thread_time()
    time.sleep(seconds)
    return time.thread_time() - started


def run(pool_class, workers, job, parts):
    started = time.perf_counter()
    if pool_class is None:
        cpu_seconds = [job(part) for part in parts]
    else:
        with pool_class(max_workers=workers) as pool:
            cpu_seconds = list(pool.map(job, parts))
    return time.perf_counter() - started, sum(cpu_seconds)


def main(cpu_iterations, io_tasks, io_seconds, repeats=2):
    cpus = os.cpu_count() or 1
    workers = max(2, cpus)
    cpu_parts = [cpu_iterations // workers] * workers
    io_parts = [io_seconds] * io_tasks
    rows = [
        ("CPU-bound", "sequential", 1, None, cpu_job, cpu_parts),
        (
            "CPU-bound",
            "threads",
            workers,
            ThreadPoolExecutor,
            cpu_job,
            cpu_parts,
        ),
        (
            "CPU-bound",
            "processes",
            workers,
            ProcessPoolExecutor,
            cpu_job,
            cpu_parts,
        ),
        ("I/O-bound", "sequential", 1, None, io_job, io_parts),
        (
            "I/O-bound",
            "threads",
            io_tasks,
            ThreadPoolExecutor,
            io_job,
            io_parts,
        ),
    ]
    best = {}
    for _ in range(repeats):
        for kind, how, count, pool_class, job, parts in rows:
            wall, cpu = run(pool_class, count, job, parts)
            best[kind, how] = min(
                best.get((kind, how), (wall, cpu)), (wall, cpu)
            )

    print(
        f"{platform.system()}, {cpus} logical CPUs, "
        f"{platform.python_implementation()} "
        f"{platform.python_version()}, best of {repeats} runs"
    )
    print(
        LINE.format(
            "job",
            "run in",
            "workers",
            "wall s",
            "CPU s",
            "speed-up",
            "cores busy",
        )
    )
    for kind, how, count, *_ in rows:
        wall, cpu = best[kind, how]
        speedup = best[kind, "sequential"][0] / wall
        cells = (
            f"{wall:.3f}",
            f"{cpu:.3f}",
            f"{speedup:.1f}x",
            f"{cpu / wall:.1f}",
        )
        print(LINE.format(kind, how, count, *cells))


if __name__ == "__main__":
    sizes = sys.argv[1:]
    main(
        cpu_iterations=int(sizes[0]) if len(sizes) > 0 else 4_000_000,
        io_tasks=int(sizes[1]) if len(sizes) > 1 else 10,
        io_seconds=float(sizes[2]) if len(sizes) > 2 else 0.03,
    )
