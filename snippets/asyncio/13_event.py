import asyncio

log = []


async def client(name, ready):
    await ready.wait()  # every waiter wakes when the event is set
    log.append(f"{name}: connected")


async def main():
    ready = asyncio.Event()
    clients = [asyncio.create_task(client(n, ready)) for n in ("a", "b", "c")]
    await asyncio.sleep(0.05)  # the server starts up
    log.append("server: ready")
    ready.set()
    await asyncio.gather(*clients)
    print("\n".join(log))

    never = asyncio.Event()
    try:
        # Event.wait() takes no timeout.
        await asyncio.wait_for(never.wait(), timeout=0.1)
    except asyncio.TimeoutError:
        print("never.wait() gave up after 0.1 s; is_set():", never.is_set())


if __name__ == "__main__":
    asyncio.run(main())
