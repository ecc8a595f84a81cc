# requires: Python 3.14+
import re
import threading
from concurrent import interpreters


def add_one(lock, numbers):  # meant to run in another interpreter
    with lock:
        numbers.append(1)


if __name__ == "__main__":
    lock = threading.Lock()
    interp = interpreters.create()
    try:
        interp.call(add_one, lock, [])
    except interpreters.NotShareableError as exc:
        # the lock's address changes on every run: leave it out
        message = re.sub(r" at 0x[0-9a-f]+", "", str(exc))
        print(f"{type(exc).__module__}.{type(exc).__name__}: {message}")
    finally:
        interp.close()
