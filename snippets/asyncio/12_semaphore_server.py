import asyncio

active = 0  # connections the server is handling right now
peak = 0  # the most it ever handled at the same time


async def handle(reader, writer):
    global active, peak
    # No lock needed: no await between reading and writing the counter.
    active += 1
    peak = max(peak, active)
    name = (await reader.readline()).decode().strip()
    await asyncio.sleep(0.1)  # the server's work
    active -= 1
    writer.write(f"{name}: 200 OK\n".encode())
    await writer.drain()
    writer.close()


async def fetch(port, name, slots):
    async with slots:  # at most 3 tasks get past this line at a time
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(f"{name}\n".encode())
        await writer.drain()
        reply = (await reader.readline()).decode().strip()
        writer.close()
        await writer.wait_closed()
        return reply


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        slots = asyncio.BoundedSemaphore(3)
        pages = [f"page{n}" for n in range(10)]
        replies = await asyncio.gather(*(fetch(port, p, slots) for p in pages))
    print(f"{len(replies)} replies, first: {replies[0]!r}")
    print("most connections the server handled at the same time:", peak)


if __name__ == "__main__":
    asyncio.run(main())
