# submits one task and gathers it five times: five results, all the same ID
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
            silence_logs=logging.CRITICAL,  # the cluster's log: critical messages only
        ) as cluster,
        Client(cluster) as client,
    ):
        # pure=False: a new task per call, even with the same arguments
        future = client.submit(new_id, pure=False)
        futures = [future] * 5  # five jobs, one task
        ids = client.gather(futures)
        print(f"jobs: {len(ids)}, distinct IDs: {len(set(ids))}")
