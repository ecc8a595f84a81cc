import logging
import time

from distributed import Client, LocalCluster

TASKS = [3, 1, 4, 1, 5, 9, 2, 6]


def square(n):
    time.sleep(0.1)  # pretend to work
    return n * n


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
        print(f"workers: {len(client.scheduler_info()['workers'])}")
        future = client.submit(square, 7)
        print(f"submit: 7 * 7 = {future.result(timeout=10)}")
        futures = client.map(square, TASKS)
        results = client.gather(futures)
        for n, result in zip(TASKS, results):
            print(f"map: {n} * {n} = {result}")
