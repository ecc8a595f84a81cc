# requires: Python 3.11+
import asyncio

log = []


async def step(name, seconds):
    try:
        await asyncio.sleep(seconds)
        log.append(f"{name}: done")
    except asyncio.CancelledError:
        log.append(f"{name}: cancelled")
        raise


async def main():
    try:
        # One limit for the whole block.
        async with asyncio.timeout(0.2) as deadline:
            await step("connect", 0.1)
            await step("download", 10)
            log.append("never reached")
    except TimeoutError:  # raised by the async with, outside the block
        print("TimeoutError after the block; expired():", deadline.expired())
    print(log)


if __name__ == "__main__":
    asyncio.run(main())
