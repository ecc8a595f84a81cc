import threading
import time


def loop():
    name = threading.current_thread().name
    print(f"{name} is running")
    for n in range(1, 4):
        print(f"{name} >>> {n}")
        time.sleep(0.1)
    print(f"{name} ended")


if __name__ == "__main__":
    print(f"{threading.current_thread().name} is running")
    worker = threading.Thread(target=loop, name="LoopThread")
    worker.start()
    worker.join()
    print(f"{threading.current_thread().name} ended")
