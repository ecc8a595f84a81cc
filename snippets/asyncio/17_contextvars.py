import asyncio
import contextvars
import threading

request_id = contextvars.ContextVar("request_id", default="-")


def log_line(where):  # plain function, called from tasks and from threads
    return f"{where}: request_id={request_id.get()}"


async def handle(rid):
    request_id.set(rid)  # this task's own copy of the context
    await asyncio.sleep(0.01)  # other tasks run here and set their own values
    loop = asyncio.get_running_loop()
    ctx = contextvars.copy_context()
    return [
        log_line(f"task {rid}"),
        await asyncio.to_thread(log_line, "  to_thread"),  # copies the context
        # run_in_executor() does not copy it.
        await loop.run_in_executor(None, log_line, "  run_in_executor"),
        await loop.run_in_executor(None, ctx.run, log_line, "  ctx.run"),
    ]


async def main():
    for lines in await asyncio.gather(handle("r1"), handle("r2")):
        print("\n".join(lines))
    print(log_line("main task"))
    seen = []
    thread = threading.Thread(
        target=lambda: seen.append(log_line("new Thread"))
    )
    thread.start()
    thread.join()
    print(seen[0])


if __name__ == "__main__":
    asyncio.run(main())
