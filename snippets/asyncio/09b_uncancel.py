# requires: Python 3.11+
import asyncio


async def fail():
    await asyncio.sleep(0.05)
    raise ValueError("bad response")


async def job(uncancel):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:  # this task decides to carry on
        if uncancel:
            asyncio.current_task().uncancel()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail())
            await asyncio.sleep(1)
    except ExceptionGroup as group:
        print("  the group raised", group.exceptions)
        return "job() returned"


async def run(uncancel):
    task = asyncio.create_task(job(uncancel))
    await asyncio.sleep(0)
    task.cancel()
    try:
        print("  await task:", await asyncio.wait_for(task, timeout=5))
    except asyncio.CancelledError:
        print("  await task raised CancelledError; the result is lost")


async def main():
    print("without uncancel():")
    await run(uncancel=False)
    print("with uncancel():")
    await run(uncancel=True)


if __name__ == "__main__":
    asyncio.run(main())
