import asyncio


async def fetch(name):
    await asyncio.sleep(0.05)
    return f"{name}: ok"


async def broken(name):
    await asyncio.sleep(0.05)
    raise ValueError(f"{name}: bad response")


async def slow(name, release):
    await release.wait()  # finishes only when main() says so
    return f"{name}: ok"


async def main():
    print("results:", await asyncio.gather(fetch("a"), fetch("b"), fetch("c")))

    release = asyncio.Event()
    other = asyncio.create_task(slow("c", release))
    try:
        await asyncio.gather(fetch("a"), broken("b"), other)
    except ValueError as exc:
        print("gather raised:", exc)
    print(
        "the other task is cancelled:",
        other.cancelled(),
        "- done:",
        other.done(),
    )
    release.set()
    print("and it still finishes:", await other)

    results = await asyncio.gather(
        fetch("a"), broken("b"), return_exceptions=True
    )
    print("return_exceptions=True:", results)


if __name__ == "__main__":
    asyncio.run(main())
