import re
from concurrent.futures import ProcessPoolExecutor

if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as pool:
        future = pool.submit(lambda n: n * n, 3)
        try:
            print(future.result(timeout=10))
        except Exception as exc:
            # the function's address changes on every run: leave it out
            message = re.sub(r" at 0x[0-9a-f]+", "", str(exc))
            print(f"{type(exc).__module__}.{type(exc).__name__}: {message}")
