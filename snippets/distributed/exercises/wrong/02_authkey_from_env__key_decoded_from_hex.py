# turns the hex key into the bytes it spells, while the master uses the text's own
# bytes (key.encode()): the keys differ and the worker is refused
import os
import secrets
import subprocess
import sys
import threading
from multiprocessing.managers import BaseManager


class QueueManager(BaseManager):
    pass


def worker_authkey():
    authkey = os.environ.get("TASK_AUTHKEY")
    if not authkey:
        sys.exit("worker: set TASK_AUTHKEY to the master's secret")
    # the key is hex: turn it back into its bytes
    return bytes.fromhex(authkey)


def worker(port):
    manager = QueueManager(
        address=("127.0.0.1", port), authkey=worker_authkey()
    )
    manager.connect()
    print("worker: connected")


def run_worker(port, env):
    """Run this file as a worker; report its exit status and what it wrote."""
    argv = [sys.executable, __file__, str(port)]
    done = subprocess.run(
        argv, env=env, capture_output=True, text=True, timeout=10
    )
    report = [f"exit code {done.returncode}"]
    if done.stdout.strip():
        report.append(f"stdout: {done.stdout.strip()}")
    if done.stderr.strip():
        report.append(f"stderr: {done.stderr.strip().splitlines()[-1]}")
    return "; ".join(report)


def main():
    key = secrets.token_hex(32)
    manager = QueueManager(address=("127.0.0.1", 0), authkey=key.encode())
    server = manager.get_server()
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.address[1]
    without_key = {k: v for k, v in os.environ.items() if k != "TASK_AUTHKEY"}
    print(f"without TASK_AUTHKEY: {run_worker(port, without_key)}")
    print(
        f"with TASK_AUTHKEY: {run_worker(port, dict(without_key, TASK_AUTHKEY=key))}"
    )


if __name__ == "__main__":
    if len(sys.argv) == 2:  # started as a worker by run_worker()
        worker(int(sys.argv[1]))
    else:
        main()
