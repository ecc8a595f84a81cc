import asyncio

cache = {}


async def reader(name, changed):
    async with changed:  # wait_for() needs the lock held
        await changed.wait_for(lambda: "config" in cache)
        return f"{name}: {cache['config']}"


async def loader(changed):
    await asyncio.sleep(0.05)  # loading takes a while
    async with changed:
        cache["config"] = "debug=off"
        changed.notify_all()  # wake every reader; each checks again


async def main():
    changed = asyncio.Condition()
    readers = [reader(n, changed) for n in ("a", "b", "c")]
    results = await asyncio.wait_for(
        asyncio.gather(loader(changed), *readers), timeout=5
    )
    print("\n".join(results[1:]))


if __name__ == "__main__":
    asyncio.run(main())
