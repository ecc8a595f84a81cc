import logging

from distributed import Client, LocalCluster
from distributed.comm.core import CommClosedError
from distributed.security import Security


def square(n):
    return n * n


def try_client(label, address, **kwargs):
    try:
        with Client(address, timeout=5, **kwargs) as client:
            print(f"{label}: {client.gather(client.map(square, [1, 2, 3]))}")
    except (CommClosedError, OSError, TypeError) as exc:
        print(f"{label}: {type(exc).__name__}: {exc}")


if __name__ == "__main__":
    security = Security.temporary()  # a fresh key and certificate, kept in memory
    with LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
        security=security,
        silence_logs=logging.CRITICAL,  # the cluster's log: critical messages only
    ) as cluster:
        address = cluster.scheduler_address
        print(f"scheduler: {address.split('://')[0]}://127.0.0.1:<port>")
        try_client("same certificate", address, security=security)
        try_client("another certificate", address, security=Security.temporary())
        try_client("no certificate", address)
