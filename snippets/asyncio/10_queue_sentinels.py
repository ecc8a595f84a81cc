import asyncio

DONE = object()  # the sentinel: never a real item


async def producer(q, name, count):
    for n in range(count):
        await q.put(f"{name}-{n}")  # waits while the queue is full


async def consumer(q, handled):
    while True:
        item = await q.get()
        if item is DONE:
            return
        await asyncio.sleep(0.01)  # handle the item
        handled.append(item)


async def main():
    q = asyncio.Queue(maxsize=3)  # back-pressure, as with queue.Queue
    handled = [[], [], []]
    consumers = [asyncio.create_task(consumer(q, h)) for h in handled]
    await asyncio.gather(producer(q, "P0", 5), producer(q, "P1", 5))
    for _ in consumers:
        await q.put(DONE)  # one sentinel per consumer, after every real item
    await asyncio.wait_for(asyncio.gather(*consumers), timeout=5)
    items = sorted(item for h in handled for item in h)
    print(
        f"items handled: {len(items)} of 10, first and last: {items[0]}, "
        f"{items[-1]}"
    )
    print("consumers still running:", sum(not c.done() for c in consumers))


if __name__ == "__main__":
    asyncio.run(main())
