import asyncio

balance = 0


async def deposit(amount):
    global balance
    current = balance
    await asyncio.sleep(0.01)  # e.g. a call to the bank's audit log
    balance = current + amount


async def locked_deposit(amount, lock):
    async with lock:  # the read, the await and the write, as one step
        await deposit(amount)


async def five(deposits):
    global balance
    balance = 0
    await asyncio.wait_for(asyncio.gather(*deposits), timeout=5)
    return balance


async def main():
    print("without a lock: balance", await five(deposit(10) for _ in range(5)))
    lock = asyncio.Lock()
    deposits = (locked_deposit(10, lock) for _ in range(5))
    print("with asyncio.Lock: balance", await five(deposits))


if __name__ == "__main__":
    asyncio.run(main())
