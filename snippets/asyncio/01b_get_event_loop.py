import asyncio
import warnings


async def main():
    loop = asyncio.get_running_loop()  # inside a coroutine: always works
    return loop is asyncio.get_event_loop()  # the same loop, no warning


if __name__ == "__main__":
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            loop = asyncio.get_event_loop()  # no loop is running here
            print("get_event_loop() made a new loop")
            loop.close()
        except RuntimeError as exc:
            print("get_event_loop() raised RuntimeError:", exc)
    for warning in caught:
        print(f"{warning.category.__name__}: {warning.message}")
    same = asyncio.run(main())
    print("asyncio.run(): the coroutine's loop is its running loop:", same)
