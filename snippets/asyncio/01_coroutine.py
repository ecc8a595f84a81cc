import asyncio


async def fetch(name):
    # A wait: while it lasts, the loop can run other code.
    await asyncio.sleep(0.1)
    return f"{name}: 200 OK"


async def main():
    # Nothing runs yet: this only creates a coroutine.
    coro = fetch("index.html")
    print("fetch() returned a", type(coro).__name__)
    result = await coro  # now it runs, and main() waits here for its result
    print("await gave:", result)


if __name__ == "__main__":
    # Starts an event loop, runs main() to the end, closes the loop.
    asyncio.run(main())
