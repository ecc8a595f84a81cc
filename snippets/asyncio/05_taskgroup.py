# requires: Python 3.11+
import asyncio

log = []


async def fetch(name):
    await asyncio.sleep(0.05)
    return f"{name}: ok"


async def broken(name):
    await asyncio.sleep(0.05)
    raise ValueError(f"{name}: bad response")


async def slow(name):
    try:
        await asyncio.sleep(10)
        return f"{name}: ok"
    except asyncio.CancelledError:
        log.append(f"{name}: cancelled by the TaskGroup")
        raise  # let the cancellation go on


async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fetch(name)) for name in "abc"]
    print("results:", [task.result() for task in tasks])  # all done here

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch("a"))
            tg.create_task(broken("b"))
            other = tg.create_task(slow("c"))
    except* ValueError as group:
        print("raised:", type(group).__name__, "-", group)
        print("inside:", group.exceptions)
    print(log[0])
    print("the other task is cancelled:", other.cancelled())


if __name__ == "__main__":
    asyncio.run(main())
