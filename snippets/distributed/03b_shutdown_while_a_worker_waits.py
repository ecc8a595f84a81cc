import queue
import secrets
import threading
from multiprocessing.managers import BaseManager

TASK_TIMEOUT = 10  # how long the worker would wait for a task


class TaskQueue(queue.Queue):
    """A queue.Queue that also tells when someone is waiting in get()."""

    def __init__(self):
        super().__init__()
        self.getting = threading.Event()

    def get(self, block=True, timeout=None):
        self.getting.set()
        return super().get(block, timeout)

    def wait_for_getter(self, timeout):
        return self.getting.wait(timeout)


task_queue = TaskQueue()


def get_task_queue():
    return task_queue


class QueueManager(BaseManager):
    pass


QueueManager.register("get_task_queue", callable=get_task_queue)


def worker(address, authkey, outcome):
    manager = QueueManager(address=address, authkey=authkey)
    manager.connect()
    tasks = manager.get_task_queue()
    try:
        tasks.get(timeout=TASK_TIMEOUT)
    except queue.Empty:
        outcome.append("queue.Empty")
    except Exception as error:
        outcome.append(type(error).__name__)


if __name__ == "__main__":
    authkey = secrets.token_bytes(32)
    manager = QueueManager(address=("127.0.0.1", 0), authkey=authkey)
    manager.start()
    tasks = manager.get_task_queue()
    outcome = []
    thread = threading.Thread(
        target=worker, args=(manager.address, authkey, outcome)
    )
    thread.start()
    if tasks.wait_for_getter(timeout=10):
        print(
            "master: the worker waits in get(); shutting down with no grace "
            "period"
        )
    manager.shutdown()
    thread.join()
    print(f"worker: get(timeout={TASK_TIMEOUT}) raised {outcome[0]}")
