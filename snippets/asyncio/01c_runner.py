# requires: Python 3.11+
import asyncio


async def connect(name):
    await asyncio.sleep(0.01)  # stands for opening a connection
    return name, asyncio.get_running_loop()


async def query(connection, sql):
    name, loop = connection
    await asyncio.sleep(0.01)  # stands for a round trip to the server
    if asyncio.get_running_loop() is not loop:
        return f"{sql}: failed, {name} belongs to another loop"
    return f"{sql}: ok"


if __name__ == "__main__":
    with asyncio.Runner() as runner:
        db = runner.run(connect("db"))
        print("Runner:", runner.run(query(db, "SELECT 1")))
        print("Runner:", runner.run(query(db, "SELECT 2")))
        loop = runner.get_loop()
    print("Runner: loop closed after the with block:", loop.is_closed())

    db = asyncio.run(connect("db"))
    print("asyncio.run():", asyncio.run(query(db, "SELECT 1")))
