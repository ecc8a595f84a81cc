import asyncio
import contextvars
import threading

local_user = threading.local()
current_user = contextvars.ContextVar("current_user", default="anonymous")


async def handle(user):
    local_user.name = user
    current_user.set(user)
    await asyncio.sleep(0)
    return (
        f"task {user}: threading.local={local_user.name!r}, "
        f"ContextVar={current_user.get()!r}"
    )


async def main():
    for line in await asyncio.gather(handle("alice"), handle("bob")):
        print(line)
    print(f"main task: ContextVar={current_user.get()!r}")


if __name__ == "__main__":
    asyncio.run(main())
