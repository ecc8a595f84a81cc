import logging

import psutil

from distributed import LocalCluster


def listening_addresses():
    """The IP addresses this process and its children accept TCP connections
    on."""
    me = psutil.Process()
    return sorted(
        {
            conn.laddr.ip
            for proc in [me, *me.children(recursive=True)]
            for conn in proc.net_connections(kind="tcp")
            if conn.status == psutil.CONN_LISTEN
        }
    )


if __name__ == "__main__":
    # The default dashboard address is ":8787": no host, so every interface.
    # ":0" keeps that rule but takes a free
    # port, so the example never collides.
    quiet = logging.CRITICAL  # the cluster's log: critical messages only
    with LocalCluster(
        n_workers=1,
        threads_per_worker=1,
        dashboard_address=":0",
        silence_logs=quiet,
    ):
        print(f"dashboard address without a host: {listening_addresses()}")
    with LocalCluster(
        n_workers=1,
        threads_per_worker=1,
        host="127.0.0.1",
        dashboard_address=None,
        scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
        silence_logs=quiet,
    ):
        print(f"host and HTTP address on 127.0.0.1: {listening_addresses()}")
