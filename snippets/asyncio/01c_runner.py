# requires: Python 3.11+
import asyncio


async def connect():
    return asyncio.get_running_loop()


if __name__ == "__main__":
    with asyncio.Runner() as runner:
        connection = runner.run(connect())
        print("Runner, same loop:", runner.run(connect()) is connection)
    print("loop closed after the block:", connection.is_closed())
    connection = asyncio.run(connect())
    print("asyncio.run(), same loop:", asyncio.run(connect()) is connection)
