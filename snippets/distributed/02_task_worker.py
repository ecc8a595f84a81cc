import os
import queue
import sys
import time
from multiprocessing.managers import BaseManager

HOST = "127.0.0.1"
TASK_TIMEOUT = 1


class QueueManager(BaseManager):
    pass


QueueManager.register("get_task_queue")
QueueManager.register("get_result_queue")


def main():
    authkey = os.environ.get("TASK_AUTHKEY")
    if not authkey:
        sys.exit("worker: set TASK_AUTHKEY to the master's secret")
    port = int(os.environ.get("TASK_PORT", "5000"))
    manager = QueueManager(address=(HOST, port), authkey=authkey.encode())
    manager.connect()
    print(f"worker: connected to {HOST}")
    tasks = manager.get_task_queue()
    results = manager.get_result_queue()
    while True:
        try:
            n = tasks.get(timeout=TASK_TIMEOUT)
        except queue.Empty:
            print(f"worker: no task for {TASK_TIMEOUT} s, exiting")
            break
        time.sleep(0.1)
        print(f"worker: {n} * {n} = {n * n}")
        results.put((n, n * n))


if __name__ == "__main__":
    main()
