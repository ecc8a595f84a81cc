import os
import queue
import sys
import time
from multiprocessing.managers import BaseManager

HOST = "127.0.0.1"
TASKS = [3, 1, 4, 1, 5, 9, 2, 6]
RESULT_TIMEOUT = 10
GRACE = 2

task_queue = queue.Queue()
result_queue = queue.Queue()


def get_task_queue():
    return task_queue


def get_result_queue():
    return result_queue


class QueueManager(BaseManager):
    pass


QueueManager.register("get_task_queue", callable=get_task_queue)
QueueManager.register("get_result_queue", callable=get_result_queue)


def main():
    authkey = os.environ.get("TASK_AUTHKEY")
    if not authkey:
        sys.exit(
            "master: set TASK_AUTHKEY to a secret shared with the workers"
        )
    port = int(os.environ.get("TASK_PORT", "5000"))
    manager = QueueManager(address=(HOST, port), authkey=authkey.encode())
    manager.start()
    try:
        tasks = manager.get_task_queue()
        results = manager.get_result_queue()
        for n in TASKS:
            tasks.put(n)
        print(f"master: put {len(TASKS)} tasks: {TASKS}")
        for _ in TASKS:
            try:
                n, square = results.get(timeout=RESULT_TIMEOUT)
            except queue.Empty:
                sys.exit(
                    f"master: no result for {RESULT_TIMEOUT} s, giving up"
                )
            print(f"master: result {n} * {n} = {square}")
        print(f"master: all results in, shutting down in {GRACE} s")
        time.sleep(GRACE)
    finally:
        manager.shutdown()
    print("master: done")


if __name__ == "__main__":
    main()
