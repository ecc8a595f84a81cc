import multiprocessing
from concurrent.futures import FIRST_EXCEPTION, ProcessPoolExecutor, wait

release = None  # set in each worker process by the initializer


def keep(event):
    global release
    release = event


def check(n):
    if n == 1:
        raise ValueError(f"check {n} failed")
    if not release.wait(timeout=10):  # the other checks take longer
        raise TimeoutError("never released")
    return n


if __name__ == "__main__":
    release = multiprocessing.Event()
    with ProcessPoolExecutor(
        2, initializer=keep, initargs=(release,)
    ) as executor:
        futures = {executor.submit(check, n): n for n in range(4)}
        done, not_done = wait(futures, timeout=10, return_when=FIRST_EXCEPTION)
        print("done:", [repr(f.exception()) for f in done])
        print("not done:", sorted(futures[f] for f in not_done))
        release.set()  # let the others finish before the with block ends
