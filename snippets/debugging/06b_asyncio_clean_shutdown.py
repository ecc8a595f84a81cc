import asyncio
import os
import signal


async def serve(stopping):
    served = 0
    while not stopping.is_set():
        await asyncio.sleep(0.01)  # one request
        served += 1
        if served == 5:  # stands for `kill -TERM <pid>` from outside
            os.kill(os.getpid(), signal.SIGTERM)
    return f"served {served} requests, then stopped cleanly"


async def main():
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, stopping.set)  # Unix only
    print(await asyncio.wait_for(serve(stopping), timeout=5))
    loop.remove_signal_handler(signal.SIGTERM)


if __name__ == "__main__":
    asyncio.run(main())
