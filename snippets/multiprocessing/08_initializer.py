import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor

connection = None  # one per worker process, opened by the initializer


def open_connection(database):
    global connection
    connection = f"{database} connection of process {os.getpid()}"


def query(n):
    return connection == f"orders connection of process {os.getpid()}"


if __name__ == "__main__":
    setup = {"initializer": open_connection, "initargs": ("orders",)}
    with multiprocessing.Pool(2, **setup) as pool:
        print(
            "Pool: each task found its process's connection:",
            all(pool.map(query, range(6))),
        )
    with ProcessPoolExecutor(2, **setup) as executor:
        found = all(executor.map(query, range(6)))
        print(
            "ProcessPoolExecutor: each task found its process's connection:",
            found,
        )
    print("connection in the main process:", connection)
