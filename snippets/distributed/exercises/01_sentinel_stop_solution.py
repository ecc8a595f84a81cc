import multiprocessing
import queue
import secrets
import threading
import time
from multiprocessing.managers import BaseManager

FIRST, LATER = [1, 2, 3], [4, 5, 6]
TIMEOUT = 10  # a safety net only, in case the master disappears
WORKERS = 1
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


def square(n):
    """One task's work, done in the worker process."""
    return n * n


def late_batch_pause():
    """The master's pause before the second batch: the batch comes late."""
    time.sleep(1.0)


def worker(address, authkey):
    manager = QueueManager(address=address, authkey=authkey)
    manager.connect()
    tasks = manager.get_task_queue()
    results = manager.get_result_queue()
    while True:
        n = tasks.get(timeout=TIMEOUT)
        if n is None:  # the sentinel: no more tasks, ever
            break
        results.put(square(n))


def collect(count, timeout):
    squares = []
    for _ in range(count):
        try:
            squares.append(result_queue.get(timeout=timeout))
        except queue.Empty:
            break
    return squares


def main():
    authkey = secrets.token_bytes(32)
    manager = QueueManager(address=("127.0.0.1", 0), authkey=authkey)
    server = manager.get_server()
    threading.Thread(target=server.serve_forever, daemon=True).start()
    spawn = multiprocessing.get_context("spawn")
    proc = spawn.Process(target=worker, args=(server.address, authkey))
    proc.start()
    for n in FIRST:
        task_queue.put(n)
    # the worker takes a while to start
    squares = collect(len(FIRST), timeout=10)
    late_batch_pause()
    for n in LATER:
        task_queue.put(n)
    for _ in range(WORKERS):
        task_queue.put(None)  # one sentinel per worker, after all the tasks
    squares += collect(len(LATER), timeout=2)
    proc.join(timeout=5)
    if proc.is_alive():
        proc.terminate()
        proc.join()
    print(
        f"master: {len(squares)} of {len(FIRST + LATER)} results: "
        f"{sorted(squares)}"
    )
    print(f"master: worker exit code {proc.exitcode}")


if __name__ == "__main__":
    main()
