# requires: Python 3.14+
import re
import threading
from concurrent import interpreters

SAMPLES = {
    "int": 7,
    "str": "seven",
    "tuple": (7, "seven"),
    "list": [7],
    "dict": {"n": 7},
    "Lock": threading.Lock(),
    "generator": (n for n in range(7)),
}


def set_first(items):  # runs in the other interpreter
    items[0] = 99
    return items[0]


if __name__ == "__main__":
    queue = interpreters.create_queue()
    for name, obj in SAMPLES.items():
        try:
            queue.put(obj, timeout=5)
        except interpreters.NotShareableError as exc:
            # the object's address changes on every run: leave it out
            message = re.sub(r" at 0x[0-9a-f]+", "", str(exc))
            print(f"{name:9} {type(exc).__name__}: {message}")
        else:
            print(f"{name:9} crosses: {queue.get(timeout=5)!r}")

    interp = interpreters.create()
    try:
        numbers = [7, 8]
        data = bytearray(b"\x07\x08")
        print("list, there:", interp.call(set_first, numbers))
        print("list, here:", numbers)
        print("memoryview, there:", interp.call(set_first, memoryview(data)))
        print("bytearray, here:", list(data))
    finally:
        interp.close()
