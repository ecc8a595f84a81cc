import asyncio
import time


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn: cancelled, carrying on")  # swallowed: no raise
    await asyncio.sleep(0.3)
    return "stubborn: finished anyway"


async def polite():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        raise  # after any cleanup, let it go on
    return "polite: finished"


async def main():
    started = time.monotonic()
    result = await asyncio.wait_for(stubborn(), timeout=0.1)  # no TimeoutError
    took = time.monotonic() - started
    print(f"wait_for(stubborn(), timeout=0.1) -> {result!r}")
    print(f"it returned no sooner than 0.1 + 0.3 s: {took >= 0.4}")
    try:
        await asyncio.wait_for(polite(), timeout=0.1)
    except asyncio.TimeoutError:
        print("wait_for(polite(), timeout=0.1) -> TimeoutError")

    task = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    task.cancel()
    print("after cancel(), await task ->", repr(await task))
    print("task.cancelled():", task.cancelled())


if __name__ == "__main__":
    asyncio.run(main())
