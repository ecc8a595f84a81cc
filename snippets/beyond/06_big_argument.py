import logging
import warnings

import dask

from distributed import Client, LocalCluster

TABLE = bytes(2 * 2**20)  # 2 MiB that every task reads


def lookup(table, i):
    return table[i]


def first_lines(caught):
    return [str(w.message).splitlines()[0] for w in caught]


if __name__ == "__main__":
    # Warn from 1 MB instead of the default
    # 10 MB, so that the example stays small.
    dask.config.set({"distributed.admin.large-graph-warning-threshold": "1MB"})
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
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            futures = [client.submit(lookup, TABLE, i) for i in range(3)]
            print(f"passed in each task: {client.gather(futures)}")
        for line in first_lines(caught):
            print(f"  warning: {line}")

        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            # sent once; tasks get a reference to it
            table = client.scatter(TABLE)
            futures = [client.submit(lookup, table, i) for i in range(3)]
            print(f"scattered once: {client.gather(futures)}")
        print(f"  warnings: {len(caught)}")
