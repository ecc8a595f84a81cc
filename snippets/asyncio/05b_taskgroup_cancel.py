# requires: Python 3.15+
import asyncio

log = []
found = []


async def search(tg, mirror, seconds):
    try:
        await asyncio.sleep(seconds)  # stands for the search on this mirror
        found.append(f"{mirror} has the file")
        tg.cancel()  # the goal is met: stop the whole group
    except asyncio.CancelledError:
        log.append(f"{mirror}: cancelled")
        raise


async def main():
    mirrors = {"mirror-a": 10, "mirror-b": 0.05, "mirror-c": 10}
    async with asyncio.TaskGroup() as tg:
        for mirror, seconds in mirrors.items():
            tg.create_task(search(tg, mirror, seconds))
        await asyncio.sleep(10)  # the body is cancelled too
        print("not printed: the body was cancelled")
    print("the group ended without an exception")
    print("found:", found)
    print("cancelled:", sorted(log))


if __name__ == "__main__":
    asyncio.run(main())
