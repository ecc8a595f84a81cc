import multiprocessing
import time


def double(n):
    return 2 * n


if __name__ == "__main__":
    items = range(2000)
    with multiprocessing.Pool(2) as pool:
        pool.map(double, range(10))  # the workers are up and running
        for chunksize in (1, None, 500):
            started = time.perf_counter()
            pool.map(double, items, chunksize=chunksize)
            seconds = time.perf_counter() - started
            label = "default" if chunksize is None else chunksize
            print(
                f"map over {len(items)} items, chunksize={label}: "
                f"{seconds:.3f} s"
            )
