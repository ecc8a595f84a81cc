import logging

from distributed import Client, LocalCluster


def square(n):
    """One task's work, run on the cluster."""
    return n * n


if __name__ == "__main__":
    with (
        LocalCluster(
            n_workers=1,
            threads_per_worker=2,
            processes=False,  # the worker runs as threads of this process
            protocol="tcp://",
            host="127.0.0.1",
            dashboard_address=None,
            scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
            # the cluster's log: critical messages only
            silence_logs=logging.CRITICAL,
        ) as cluster,
        Client(cluster) as client,
    ):
        futures = client.map(square, range(1, 101))
        total = sum(futures)
        print(f"sum of squares 1..100: {total}")
