import logging
import os
import signal
import time

from distributed import Client, LocalCluster, wait

TASKS = [3, 1, 4, 1, 5, 9, 2, 6]


def square(n):
    time.sleep(0.3)  # pretend to work
    return n * n, os.getpid()


if __name__ == "__main__":
    with (
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
            scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
            # the cluster's log: critical messages only
            silence_logs=logging.CRITICAL,
        ) as cluster,
        Client(cluster) as client,
    ):
        pids = client.run(os.getpid)  # {worker address: pid of its process}
        futures = client.map(square, TASKS, pure=False)
        wait(futures, timeout=10, return_when="FIRST_COMPLETED")
        processing = client.processing()  # {worker address: tasks it holds}
        victim = next(address for address, keys in processing.items() if keys)
        os.kill(pids[victim], signal.SIGKILL)
        print("killed a worker process while it was running a task")
        results = client.gather(futures)
        print(f"squares: {[square for square, _ in results]}")
        dead = sum(pid == pids[victim] for _, pid in results)
        print(f"results from the killed worker: {dead}")
