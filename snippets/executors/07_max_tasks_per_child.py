import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor


def which_process(n):
    return os.getpid()


if __name__ == "__main__":
    try:
        # max_tasks_per_child=1: values above 1
        # can hang with queued tasks (gh-115634)
        # fast to replace workers
        forkserver = multiprocessing.get_context("forkserver")
        pool = ProcessPoolExecutor(
            max_workers=1, mp_context=forkserver, max_tasks_per_child=1
        )
    except TypeError as exc:  # Python 3.9 and 3.10
        print(f"TypeError: {exc}")
    else:
        with pool:
            pids = list(pool.map(which_process, range(3), timeout=20))
        print(f"3 tasks ran in {len(set(pids))} worker processes")
        try:
            fork = multiprocessing.get_context("fork")
            ProcessPoolExecutor(
                max_workers=1, mp_context=fork, max_tasks_per_child=1
            )
        except ValueError as exc:
            print(f"ValueError: {exc}")
