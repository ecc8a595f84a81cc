import contextlib
import sqlite3
import threading

connection = None  # one connection for both threads, opened below
alice_inserted = threading.Event()
bob_rolled_back = threading.Event()
log = []


def alice():
    # opens a transaction
    connection.execute("INSERT INTO orders VALUES ('alice')")
    alice_inserted.set()
    if not bob_rolled_back.wait(timeout=5):
        raise RuntimeError("bob did not finish within 5 s")
    connection.commit()
    log.append("alice: committed")


def bob():
    if not alice_inserted.wait(timeout=5):
        raise RuntimeError("alice did not insert within 5 s")
    try:
        connection.execute("INSERT INTO orders VALUES ('bob')")
    except sqlite3.IntegrityError as error:
        connection.rollback()  # meant for bob's work only
        log.append(f"bob: {type(error).__name__}: {error}, rolled back")
    bob_rolled_back.set()


if __name__ == "__main__":
    connection = sqlite3.connect(":memory:", check_same_thread=False)
    connection.execute("CREATE TABLE orders (owner TEXT UNIQUE)")
    connection.execute("INSERT INTO orders VALUES ('bob')")
    connection.commit()
    threads = [threading.Thread(target=alice), threading.Thread(target=bob)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with contextlib.closing(connection):
        owners = [
            row[0]
            for row in connection.execute(
                "SELECT owner FROM orders ORDER BY owner"
            )
        ]
    for line in log:
        print(line)
    print(f"orders in the database: {owners}")
