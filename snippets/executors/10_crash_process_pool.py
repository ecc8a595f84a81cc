import os
import signal
from concurrent.futures import ProcessPoolExecutor

KILL = getattr(signal, "SIGKILL", signal.SIGTERM)  # SIGKILL is POSIX only


def die():
    os.kill(os.getpid(), KILL)  # what the OOM killer or `kill -9` does


def square(n):
    return n * n


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as pool:
        crash = pool.submit(die)
        pending = pool.submit(square, 3)
        for name, future in [("crash", crash), ("pending", pending)]:
            try:
                future.result(timeout=10)
            except Exception as exc:
                print(f"{name}: {type(exc).__name__}: {exc}")
        try:
            pool.submit(square, 4)
        except Exception as exc:
            print(f"new submit: {type(exc).__name__}: {exc}")
