import asyncio
import time

beats = []  # when the heartbeat ticked (loop time)


async def heartbeat():
    while True:
        await asyncio.sleep(0.02)
        beats.append(asyncio.get_running_loop().time())


async def slow_request():
    time.sleep(0.3)  # blocks the thread, and with it the whole event loop


async def main():
    loop = asyncio.get_running_loop()
    beat = asyncio.create_task(heartbeat())
    await asyncio.sleep(0.1)  # a few ticks first
    start = loop.time()
    await slow_request()
    end = loop.time()
    await asyncio.sleep(0.1)  # and a few after
    beat.cancel()
    during = [t for t in beats if start < t < end]
    gaps = [b - a for a, b in zip(beats, beats[1:])]
    print("heartbeat ticks during the 0.3 s request:", len(during))
    print("longest gap between two ticks is at least 0.3 s:", max(gaps) >= 0.3)


if __name__ == "__main__":
    asyncio.run(main())
