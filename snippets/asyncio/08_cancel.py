import asyncio

log = []


async def worker():
    log.append("worker: opened a connection")
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("worker: CancelledError at its await")
        raise  # propagate it once the cleanup is done
    finally:
        log.append("worker: closed the connection")


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0)  # let the worker start
    task.cancel()  # only a request: it arrives at the worker's next await
    try:
        await task
    except asyncio.CancelledError:
        log.append("main: awaiting the task raised CancelledError")
    print("\n".join(log))
    print("task.cancelled():", task.cancelled())
    print(
        "CancelledError is an Exception:",
        issubclass(asyncio.CancelledError, Exception),
    )


if __name__ == "__main__":
    asyncio.run(main())
