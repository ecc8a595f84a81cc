import logging
import re
import threading

from distributed.comm.core import CommClosedError
from distributed.security import Security

from distributed import Client, LocalCluster


class Recorder(logging.Handler):
    """Keeps the warnings of a logger, and tells when the first one has
    come."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages = []
        self.logged = threading.Event()

    def emit(self, record):
        self.messages.append(record.getMessage())
        self.logged.set()


def square(n):
    return n * n


def try_client(label, address, **kwargs):
    try:
        with Client(address, timeout=5, **kwargs) as client:
            print(f"{label}: {client.gather(client.map(square, [1, 2, 3]))}")
    except (CommClosedError, OSError, TypeError) as exc:
        print(f"{label}: {type(exc).__name__}: {exc}")


def masked(message):
    """The message without what changes from run to run (ports, a C line
    number)."""
    message = re.sub(r"127\.0\.0\.1:\d+", "127.0.0.1:<port>", message)
    return re.sub(r"_ssl\.c:\d+", "_ssl.c:<line>", message)


if __name__ == "__main__":
    # a fresh key and certificate, kept in memory
    security = Security.temporary()
    with LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
        security=security,
        # the cluster's log: critical messages only
        silence_logs=logging.CRITICAL,
    ) as cluster:
        # The scheduler runs in this process: record what its connections log.
        recorder = Recorder()
        tcp_log = logging.getLogger("distributed.comm.tcp")
        tcp_log.setLevel(logging.WARNING)
        tcp_log.addHandler(recorder)
        address = cluster.scheduler_address
        print(f"scheduler: {address.split('://')[0]}://127.0.0.1:<port>")
        try_client("same certificate", address, security=security)
        try_client(
            "another certificate", address, security=Security.temporary()
        )
        if recorder.logged.wait(timeout=10):
            print(f"the scheduler's warning: {masked(recorder.messages[0])}")
        try_client("no certificate", address)
