# adds up only the futures already done when it looks: it does not wait for the
# others, so the sum misses the squares still being computed
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
            silence_logs=logging.CRITICAL,  # the cluster's log: critical messages only
        ) as cluster,
        Client(cluster) as client,
    ):
        futures = client.map(square, range(1, 101))
        # what is ready now
        total = sum(f.result() for f in futures if f.done())
        print(f"sum of squares 1..100: {total}")
