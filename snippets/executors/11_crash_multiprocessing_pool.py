import multiprocessing
import os
import signal

KILL = getattr(signal, "SIGKILL", signal.SIGTERM)  # SIGKILL is POSIX only


def die():
    os.kill(os.getpid(), KILL)


def square(n):
    return n * n


if __name__ == "__main__":
    pool = multiprocessing.Pool(processes=1)
    try:
        lost = pool.apply_async(die)
        try:
            lost.get(timeout=1)
        except multiprocessing.TimeoutError as exc:
            print(f"get(timeout=1): {type(exc).__module__}.{type(exc).__name__}")
        print("lost.ready() after the timeout:", lost.ready())
        print("the pool started a new worker; square(4) =", pool.apply_async(square, (4,)).get(5))
    finally:
        pool.terminate()
        pool.join()
