import asyncio
import time
from concurrent.futures import ThreadPoolExecutor


def blocking_read(name):
    time.sleep(0.3)  # a blocking call: a library without async support
    return f"{name} read"


async def main():
    loop = asyncio.get_running_loop()
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = await asyncio.gather(
            asyncio.to_thread(blocking_read, "a"),  # Python 3.9+
            asyncio.to_thread(blocking_read, "b"),
            loop.run_in_executor(pool, blocking_read, "c"),
        )
    elapsed = time.perf_counter() - started
    print(results)
    print("three 0.3 s calls overlapped:", elapsed < 0.8)


if __name__ == "__main__":
    asyncio.run(main())
