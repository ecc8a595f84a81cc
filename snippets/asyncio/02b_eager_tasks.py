# requires: Python 3.12+
import asyncio

log = []


async def lookup(key):
    log.append(f"{key}: started")
    if key == "cached":
        return "hit"  # finished without ever waiting
    await asyncio.sleep(0.01)
    return "miss"


async def run(eager):
    log.clear()
    if eager:
        asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
    cached = asyncio.create_task(lookup("cached"))
    other = asyncio.create_task(lookup("other"))
    log.append(f"after create_task: done={cached.done()}, {other.done()}")
    await asyncio.wait_for(asyncio.gather(cached, other), timeout=5)
    print(("eager:  " if eager else "normal: ") + "; ".join(log))


if __name__ == "__main__":
    asyncio.run(run(eager=False))
    asyncio.run(run(eager=True))
