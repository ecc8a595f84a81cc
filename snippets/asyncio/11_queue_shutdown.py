# requires: Python 3.13+
import asyncio


async def consumer(q, log):
    while True:
        try:
            item = await q.get()
        except asyncio.QueueShutDown:  # shut down, and nothing left to get
            log.append("consumer: QueueShutDown, stopping")
            return
        log.append(f"consumer: got {item}")


async def main():
    q, log = asyncio.Queue(), []
    consumers = [asyncio.create_task(consumer(q, log)) for _ in range(2)]
    for item in ("a", "b", "c"):
        await q.put(item)
    # immediate=False: the items already queued are still delivered
    q.shutdown()
    await asyncio.wait_for(asyncio.gather(*consumers), timeout=5)
    print("\n".join(log))
    try:
        await q.put("d")
    except asyncio.QueueShutDown:
        print("put() after shutdown() raised QueueShutDown")


if __name__ == "__main__":
    asyncio.run(main())
