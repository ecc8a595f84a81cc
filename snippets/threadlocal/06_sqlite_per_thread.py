import contextlib
import os
import sqlite3
import tempfile
import threading

local_db = threading.local()
opened_by = []


def get_connection(path):
    if not hasattr(local_db, "connection"):
        local_db.connection = sqlite3.connect(path, timeout=10)
        opened_by.append(threading.current_thread().name)
    return local_db.connection


def close_connection():
    connection = getattr(local_db, "connection", None)
    if connection is not None:
        connection.close()
        del local_db.connection


def record_visit(path, page):
    connection = get_connection(path)
    with connection:
        connection.execute(
            "INSERT INTO visits VALUES (?, ?)",
            (threading.current_thread().name, page),
        )


def worker(path, pages):
    try:
        for page in pages:
            record_visit(path, page)
    finally:
        close_connection()


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as directory:
        path = os.path.join(directory, "visits.db")
        with contextlib.closing(sqlite3.connect(path)) as connection:
            connection.execute("CREATE TABLE visits (thread TEXT, page TEXT)")
        threads = [
            threading.Thread(
                target=worker,
                args=(path, ["/home", "/about", "/shop"]),
                name="Thread-A",
            ),
            threading.Thread(
                target=worker, args=(path, ["/home", "/cart"]), name="Thread-B"
            ),
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        with contextlib.closing(sqlite3.connect(path)) as connection:
            rows = connection.execute(
                "SELECT thread, COUNT(*) FROM visits GROUP BY thread ORDER BY "
                "thread"
            ).fetchall()
    for thread_name, visits in rows:
        opened = opened_by.count(thread_name)
        print(f"{thread_name}: {visits} visits, {opened} connection opened")
    print(f"temporary directory removed: {not os.path.exists(directory)}")
