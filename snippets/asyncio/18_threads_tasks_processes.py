import asyncio
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

WAITS = 4_000
WAIT = 0.2
LIMIT = 15_000

CHILD = """
import asyncio, resource, sys, threading, time
kind, waits, wait = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
started = time.perf_counter()
if kind == "threads":
    threads = [
        threading.Thread(target=time.sleep, args=(wait,))
        for _ in range(waits)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
elif kind == "tasks":
    async def main():
        await asyncio.gather(*(asyncio.sleep(wait) for _ in range(waits)))
    asyncio.run(main())
took = time.perf_counter() - started
print(took, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)  # KB on Linux
"""


def io_job(kind, waits):
    args = [sys.executable, "-c", CHILD, kind, str(waits), str(WAIT)]
    out = subprocess.run(
        args, capture_output=True, text=True, check=True, timeout=60
    )
    took, peak_kb = out.stdout.split()
    return float(took), int(peak_kb)


def count_primes(limit):
    return sum(
        all(n % d for d in range(2, int(n**0.5) + 1)) for n in range(2, limit)
    )


async def cpu_job(pool):
    loop = asyncio.get_running_loop()
    started = time.perf_counter()
    if pool is None:
        for _ in range(4):
            count_primes(LIMIT)
    else:
        calls = [
            loop.run_in_executor(pool, count_primes, LIMIT) for _ in range(4)
        ]
        await asyncio.gather(*calls)
    return time.perf_counter() - started


async def cpu_jobs():
    times = {"the event loop's thread": await cpu_job(None)}
    with ThreadPoolExecutor(2) as threads:
        times["2 threads"] = await cpu_job(threads)
    with ProcessPoolExecutor(2) as processes:
        # a 0.3 s nap in each worker first: both have started before timing
        nap = asyncio.get_running_loop().run_in_executor
        naps = [nap(processes, time.sleep, 0.3) for _ in range(2)]
        await asyncio.gather(*naps)
        times["2 processes"] = await cpu_job(processes)
    return times


if __name__ == "__main__":
    _, baseline = io_job("nothing", 0)
    print(f"I/O job: {WAITS} waits of {WAIT} s, all at the same time")
    for kind, label in (
        ("threads", "a thread each"),
        ("tasks", "a task each  "),
    ):
        took, peak_kb = io_job(kind, WAITS)
        extra = peak_kb - baseline
        print(
            f"  {label}: {took:.2f} s, peak memory +{extra / 1024:.1f} MB "
            f"({extra / WAITS:.1f} KB per wait)"
        )
    print("CPU job: 4 prime counts")
    for where, took in asyncio.run(cpu_jobs()).items():
        print(f"  in {where + ':':25}{took:.2f} s")
