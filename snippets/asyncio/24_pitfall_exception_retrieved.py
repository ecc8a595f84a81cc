import asyncio

background = set()  # keeps the tasks alive (see "keep a reference")
failures = []


async def send_email(to):
    await asyncio.sleep(0.01)
    raise ConnectionError(f"mail server refused {to}")


def finished(task):
    background.discard(task)
    if not task.cancelled() and task.exception() is not None:  # retrieved here
        failures.append(f"{task.get_name()}: {task.exception()!r}")


def fire_and_forget(coro, name):
    task = asyncio.create_task(coro, name=name)
    background.add(task)
    task.add_done_callback(finished)


async def main():
    fire_and_forget(send_email("bob@example.com"), name="email to bob")
    await asyncio.sleep(0.1)
    print("main: order placed; failures:", failures)


if __name__ == "__main__":
    asyncio.run(main())
