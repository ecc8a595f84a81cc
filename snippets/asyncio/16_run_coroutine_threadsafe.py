import asyncio
import threading


async def lookup(name):
    await asyncio.sleep(0.05)  # async work, done by the loop's thread
    return f"{name}: found in {threading.current_thread().name}"


def main():
    loop = asyncio.new_event_loop()
    runner = threading.Thread(target=loop.run_forever, name="loop-thread")
    runner.start()
    try:
        futures = [
            asyncio.run_coroutine_threadsafe(lookup(name), loop)  # thread-safe
            for name in ("alice", "bob")
        ]
        for future in futures:  # concurrent.futures.Future objects
            print(future.result(timeout=2))
    finally:
        # stop() itself is not thread-safe.
        loop.call_soon_threadsafe(loop.stop)
        runner.join(timeout=2)
        print("loop thread alive:", runner.is_alive())
        loop.close()


if __name__ == "__main__":
    main()
