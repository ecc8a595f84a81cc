# requires: Python 3.14+
import threading
from concurrent.futures import InterpreterPoolExecutor


def square(n):  # returns its result and the thread it ran in
    return n * n, threading.get_ident()


if __name__ == "__main__":
    with InterpreterPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(square, [1, 2, 3], timeout=20))
    print("squares:", [value for value, _ in results])
    print(
        "ran in other threads:",
        threading.get_ident() not in {t for _, t in results},
    )
