# requires: Python 3.11+
import asyncio

log = []


async def player(name, delay, ready):
    await asyncio.sleep(delay)  # loading the level takes each a different time
    log.append(f"{name} loaded")
    await ready.wait()  # nobody passes until all three are here
    log.append(f"{name} starts")


async def main():
    ready = asyncio.Barrier(3)
    async with asyncio.timeout(5):
        await asyncio.gather(
            player("a", 0.03, ready),
            player("b", 0.01, ready),
            player("c", 0.05, ready),
        )
    print(", ".join(log))


if __name__ == "__main__":
    asyncio.run(main())
