import multiprocessing
import os
import signal

KILL = getattr(signal, "SIGKILL", signal.SIGTERM)  # SIGKILL is POSIX only


def die():
    os.kill(os.getpid(), KILL)


def square(n):
    return n * n


if __name__ == "__main__":
    # leaving the with block calls pool.terminate():
    # it stops the workers at once
    with multiprocessing.Pool(processes=1) as pool:
        lost = pool.apply_async(die)  # returns an AsyncResult at once
        try:
            lost.get(timeout=0.5)
        except multiprocessing.TimeoutError as exc:
            print(
                "get(timeout=0.5): "
                f"{type(exc).__module__}.{type(exc).__name__}"
            )
        print("lost.ready() after the timeout:", lost.ready())
        print(
            "the pool started a new worker; square(4) =",
            pool.apply_async(square, (4,)).get(timeout=5),
        )
    # allowed after terminate(): waits until the workers have exited
    pool.join()
