import asyncio

beats = []  # when the heartbeat ticked (loop time)


async def heartbeat():
    while True:
        await asyncio.sleep(0.02)
        beats.append(asyncio.get_running_loop().time())


async def slow_request():
    await asyncio.sleep(0.3)  # waits; the loop runs other tasks meanwhile


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
    print("heartbeat ticked during the 0.3 s request:", len(during) > 0)


if __name__ == "__main__":
    asyncio.run(main())
