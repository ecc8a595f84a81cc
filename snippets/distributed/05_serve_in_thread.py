import multiprocessing
import queue
import secrets
import threading
from multiprocessing.managers import BaseManager

TASKS = [3, 1, 4]
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


def worker(address, authkey, count):
    manager = QueueManager(address=address, authkey=authkey)
    manager.connect()
    tasks = manager.get_task_queue()
    results = manager.get_result_queue()
    for _ in range(count):
        n = tasks.get(timeout=5)
        results.put((n, n * n))


if __name__ == "__main__":
    authkey = secrets.token_bytes(32)
    manager = QueueManager(address=("127.0.0.1", 0), authkey=authkey)
    server = manager.get_server()  # listens now, in this process
    threading.Thread(target=server.serve_forever, daemon=True).start()
    for n in TASKS:
        task_queue.put(n)  # the real queue: no proxy, no network
    print(f"master: serving in a thread, put {TASKS}")
    spawn = multiprocessing.get_context("spawn")
    proc = spawn.Process(
        target=worker, args=(server.address, authkey, len(TASKS))
    )
    proc.start()
    for _ in TASKS:
        n, square = result_queue.get(timeout=10)
        print(f"master: result {n} * {n} = {square}")
    proc.join()  # every wait in the worker has a timeout, so it ends
    print(f"master: worker exit code {proc.exitcode}")
