import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor

# lets a call through only while all three are running
all_three = threading.Barrier(3)


def blocking_read(name):
    time.sleep(0.3)  # a blocking call: a library without async support
    try:
        all_three.wait(timeout=5)
    except threading.BrokenBarrierError:
        return f"{name} read", False
    return f"{name} read", True


async def main():
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = await asyncio.gather(
            asyncio.to_thread(blocking_read, "a"),  # Python 3.9+
            asyncio.to_thread(blocking_read, "b"),
            loop.run_in_executor(pool, blocking_read, "c"),
        )
    print([text for text, _ in results])
    print("three 0.3 s calls overlapped:", all(met for _, met in results))


if __name__ == "__main__":
    asyncio.run(main())
