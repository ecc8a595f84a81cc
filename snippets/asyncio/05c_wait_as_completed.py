import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    return f"{name} ({delay} s)"


async def main():
    tasks = [
        asyncio.create_task(fetch(name, delay), name=name)
        for name, delay in (("a", 0.3), ("b", 0.1), ("c", 0.2), ("d", 5))
    ]
    done, pending = await asyncio.wait(
        tasks, timeout=1, return_when=asyncio.FIRST_COMPLETED
    )
    print("wait(FIRST_COMPLETED) done:", [t.result() for t in done])

    done, pending = await asyncio.wait(tasks, timeout=1)  # ALL_COMPLETED
    print("wait(timeout=1) done:", sorted(t.get_name() for t in done))
    print("still pending:", [t.get_name() for t in pending])
    for task in pending:  # wait() cancels nothing: that is your job
        task.cancel()
    await asyncio.wait(pending, timeout=1)

    more = [fetch(name, delay) for name, delay in (("e", 0.2), ("f", 0.1))]
    for next_done in asyncio.as_completed(more, timeout=1):
        print("as_completed:", await next_done)


if __name__ == "__main__":
    asyncio.run(main())
