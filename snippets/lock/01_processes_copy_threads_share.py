import multiprocessing
import threading

counter = 0


def add_one(who):
    global counter
    counter += 1
    print(f"{who}: counter = {counter}")


if __name__ == "__main__":
    child = multiprocessing.Process(target=add_one, args=("child process",))
    child.start()
    child.join()
    print(f"parent after the child process: counter = {counter}")

    thread = threading.Thread(target=add_one, args=("thread",))
    thread.start()
    thread.join()
    print(f"parent after the thread: counter = {counter}")
