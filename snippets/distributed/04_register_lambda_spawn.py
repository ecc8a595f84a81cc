import multiprocessing
import pickle
import queue
import re
import secrets
from multiprocessing.managers import BaseManager

task_queue = queue.Queue()


def get_task_queue():
    return task_queue


class LambdaManager(BaseManager):
    pass


class FunctionManager(BaseManager):
    pass


LambdaManager.register("get_task_queue", callable=lambda: task_queue)
FunctionManager.register("get_task_queue", callable=get_task_queue)


def start_with_spawn(manager_class):
    spawn = multiprocessing.get_context("spawn")
    manager = manager_class(
        address=("127.0.0.1", 0), authkey=secrets.token_bytes(32), ctx=spawn
    )
    try:
        manager.start()
    except pickle.PicklingError as error:
        # varies per run
        message = re.sub(r" at 0x[0-9a-f]+", " at 0x…", str(error))
        print(f"{manager_class.__name__}: {type(error).__name__}: {message}")
        for note in getattr(error, "__notes__", []):  # Python 3.14 adds notes
            print(f"  note: {note}")
        return
    try:
        tasks = manager.get_task_queue()
        tasks.put("hello")
        print(
            f"{manager_class.__name__}: started, queue holds {tasks.qsize()} "
            "item"
        )
    finally:
        manager.shutdown()


if __name__ == "__main__":
    start_with_spawn(LambdaManager)
    start_with_spawn(FunctionManager)
