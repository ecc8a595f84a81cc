import sqlite3
import threading

errors = []


def count_rows(connection):
    try:
        connection.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
    except sqlite3.ProgrammingError as error:
        errors.append(error)


if __name__ == "__main__":
    connection = sqlite3.connect(":memory:")
    worker = threading.Thread(
        target=count_rows, args=(connection,), name="Thread-A"
    )
    worker.start()
    worker.join()
    connection.close()
    first_sentence = str(errors[0]).split(". ")[0]
    print(f"{type(errors[0]).__name__}: {first_sentence}.")
