import asyncio
import time
from concurrent.futures import ThreadPoolExecutor


def blocking_read(name):
    started = time.monotonic()
    time.sleep(0.3)  # a blocking call: a library without async support
    return f"{name} read", (started, time.monotonic())


async def main():
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = await asyncio.gather(
            asyncio.to_thread(blocking_read, "a"),  # Python 3.9+
            asyncio.to_thread(blocking_read, "b"),
            loop.run_in_executor(pool, blocking_read, "c"),
        )
    print([text for text, _ in results])
    latest_start = max(start for _, (start, _) in results)
    earliest_end = min(end for _, (_, end) in results)
    print("three 0.3 s calls overlapped:", latest_start < earliest_end)


if __name__ == "__main__":
    asyncio.run(main())
