import asyncio
import concurrent.futures
import os
import threading

running = 0  # calls running right now, in the pool's threads
most = 0  # the most that ever ran at the same time
guard = threading.Lock()
release = threading.Event()


def blocking_call():
    global running, most
    with guard:
        running += 1
        most = max(most, running)
    release.wait(timeout=5)  # hold the thread until main() has looked
    with guard:
        running -= 1


async def forty_calls(limit):
    global most
    most = 0
    release.clear()
    loop = asyncio.get_running_loop()
    calls = [asyncio.to_thread(blocking_call) for _ in range(20)]
    calls += [loop.run_in_executor(None, blocking_call) for _ in range(20)]
    batch = asyncio.gather(*calls)
    deadline = loop.time() + 3
    while most < limit and loop.time() < deadline:  # the limit reached ...
        await asyncio.sleep(0.05)
    await asyncio.sleep(0.1)  # ... and a little longer: does it go past?
    seen = most
    release.set()
    await asyncio.wait_for(batch, timeout=10)
    return seen


async def main():
    cpus = getattr(os, "process_cpu_count", os.cpu_count)() or 1
    limit = min(32, cpus + 4)
    seen = await forty_calls(limit)
    shown = "min(32, CPUs + 4)" if seen == limit else seen
    print("to_thread() + run_in_executor(None): at most", shown, "at a time")
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=2)
    asyncio.get_running_loop().set_default_executor(pool)
    seen = await forty_calls(2)
    print("after set_default_executor(2 threads): at most", seen, "at a time")


if __name__ == "__main__":
    asyncio.run(main())
