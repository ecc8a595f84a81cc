# makes the IDs in the client, not on the
# cluster: the jobs' tasks never run new_id()
import logging
import secrets

from distributed import Client, LocalCluster


def new_id():
    """A fresh random ID on every call, made on the cluster."""
    return secrets.token_hex(8)


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
        ids = [new_id() for _ in range(5)]
        print(f"jobs: {len(ids)}, distinct IDs: {len(set(ids))}")
