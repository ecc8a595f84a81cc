import threading
import time


def slow_task():
    time.sleep(1)
    print("worker: finished")


if __name__ == "__main__":
    worker = threading.Thread(target=slow_task)
    worker.start()
    print(f"main: worker alive? {worker.is_alive()}")
    print("main: reached the last line")
