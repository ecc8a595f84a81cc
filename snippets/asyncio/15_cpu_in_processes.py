import asyncio
import os
from concurrent.futures import ProcessPoolExecutor


# Pure Python CPU work: it holds the GIL while it runs.
def count_primes(limit):
    found = sum(
        all(n % d for d in range(2, int(n**0.5) + 1)) for n in range(2, limit)
    )
    return limit, found, os.getpid()


async def main():
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(max_workers=2) as pool:
        calls = [
            loop.run_in_executor(pool, count_primes, n)
            for n in (20_000, 30_000)
        ]
        results = await asyncio.gather(*calls)  # the loop stays free meanwhile
    for limit, found, _ in results:
        print(f"primes below {limit}: {found}")
    print(
        "ran outside the main process:",
        all(p != os.getpid() for *_, p in results),
    )


if __name__ == "__main__":
    asyncio.run(main())
