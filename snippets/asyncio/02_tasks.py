import asyncio
import time

log = []


async def fetch(name, delay):
    log.append(f"start {name}")
    await asyncio.sleep(delay)
    log.append(f"end {name}")
    return name


async def main():
    jobs = [("a", 0.3), ("b", 0.1), ("c", 0.2)]

    started = time.monotonic()
    for name, delay in jobs:
        await fetch(name, delay)  # waits for this one before starting the next
    took = time.monotonic() - started
    print("awaited one by one:", ", ".join(log))
    print(f"one by one took at least 0.6 s: {took >= 0.6}")

    log.clear()
    tasks = [asyncio.create_task(fetch(name, delay)) for name, delay in jobs]
    results = [await task for task in tasks]  # all three are already running
    print("as tasks:          ", ", ".join(log))
    print("results in task order:", results)


if __name__ == "__main__":
    asyncio.run(main())
