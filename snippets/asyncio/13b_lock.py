import asyncio

balance = 0


async def deposit(amount, lock=None):
    global balance
    if lock is None:
        current = balance
        await asyncio.sleep(0.01)  # e.g. a call to the bank's audit log
        balance = current + amount
        return
    async with lock:  # the read, the await and the write, as one step
        current = balance
        await asyncio.sleep(0.01)
        balance = current + amount


async def five_deposits(lock=None):
    global balance
    balance = 0
    await asyncio.wait_for(
        asyncio.gather(*(deposit(10, lock) for _ in range(5))), timeout=5
    )
    return balance


async def main():
    print("without a lock: balance", await five_deposits(), "of 50")
    print("with asyncio.Lock: balance", await five_deposits(asyncio.Lock()))


if __name__ == "__main__":
    asyncio.run(main())
