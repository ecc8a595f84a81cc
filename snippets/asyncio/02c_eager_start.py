# requires: Python 3.14+
import asyncio

log = []


async def lookup(key):
    log.append(f"{key}: started")
    await asyncio.sleep(0.01)


async def main():
    first = asyncio.create_task(lookup("eager"), eager_start=True)
    second = asyncio.create_task(lookup("normal"))
    log.append("main: created both")
    await asyncio.wait_for(asyncio.gather(first, second), timeout=5)
    print("; ".join(log))


if __name__ == "__main__":
    asyncio.run(main())
