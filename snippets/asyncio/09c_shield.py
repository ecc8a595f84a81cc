import asyncio

log = []


async def save(order):
    await asyncio.sleep(0.2)  # writing to the database
    log.append(f"saved {order}")


async def main():
    saving = asyncio.create_task(save("order 17"))
    try:
        await asyncio.wait_for(asyncio.shield(saving), timeout=0.05)
    except asyncio.TimeoutError:
        log.append("the caller gave up after 0.05 s")
    log.append(f"the save was cancelled: {saving.cancelled()}")
    await asyncio.wait_for(saving, timeout=5)  # finish it before exit
    print("\n".join(log))


if __name__ == "__main__":
    asyncio.run(main())
