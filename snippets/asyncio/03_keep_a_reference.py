import asyncio
import gc

log = []


async def wait_for_reply(name):
    # Only this task holds the future.
    reply = asyncio.get_running_loop().create_future()
    try:
        await reply
    finally:
        log.append(f"{name}: stopped without a reply")


async def main():
    loop = asyncio.get_running_loop()
    # Record what the loop reports instead of letting it log to stderr.
    loop.set_exception_handler(
        lambda loop, context: log.append(context["message"])
    )

    asyncio.create_task(wait_for_reply("forgotten"))  # noqa: RUF006 - not kept
    await asyncio.sleep(0)  # the task starts and waits for its reply
    gc.collect()  # a collection can come at any moment; here it comes now
    print("\n".join(log))

    log.clear()
    background = set()  # strong references, for as long as the tasks run
    task = asyncio.create_task(wait_for_reply("kept"))
    background.add(task)
    task.add_done_callback(background.discard)
    del task
    await asyncio.sleep(0)
    gc.collect()
    kept = next(iter(background))
    print("kept: still waiting after gc.collect():", not kept.done())
    kept.cancel()  # end it properly before the loop closes
    await asyncio.gather(kept, return_exceptions=True)
    print(
        "kept: cancelled:",
        kept.cancelled(),
        "- left in the set:",
        len(background),
    )


if __name__ == "__main__":
    asyncio.run(main())
