import asyncio


async def fetch(name):
    await asyncio.sleep(
        0.1
    )  # a wait: while it lasts, the loop can run other code
    return f"{name}: 200 OK"


async def main():
    coro = fetch(
        "index.html"
    )  # nothing runs yet: this only creates a coroutine
    print("fetch() returned a", type(coro).__name__)
    result = await coro  # now it runs, and main() waits here for its result
    print("await gave:", result)


if __name__ == "__main__":
    asyncio.run(
        main()
    )  # starts an event loop, runs main() to the end, closes the loop
