import asyncio
import threading
import time

ticks = 0  # counted by the event loop's heartbeat


async def heartbeat():
    global ticks
    while True:
        await asyncio.sleep(0.02)
        ticks += 1


def read_file(name):
    # Blocks until the loop's heartbeat ticks 3 more times (at most 2 s).
    start, deadline = ticks, time.monotonic() + 2
    while ticks < start + 3 and time.monotonic() < deadline:
        time.sleep(0.01)
    in_main = threading.current_thread() is threading.main_thread()
    ran = ticks >= start + 3
    return f"{name}: the loop ran meanwhile: {ran}, in main: {in_main}"


async def main():
    beat = asyncio.create_task(heartbeat())
    print(await asyncio.to_thread(read_file, "a.txt"))
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, read_file, "b.txt"))
    beat.cancel()


if __name__ == "__main__":
    asyncio.run(main())
