import queue

if __name__ == "__main__":
    tasks = queue.Queue()
    try:
        try:
            tasks.get(timeout=0.1)
        except Queue.Empty:  # Python 2's module name
            print("no task, exiting")
    except NameError as error:
        print(f"{type(error).__name__}: {error}")

    try:
        tasks.get(timeout=0.1)
    except queue.Empty:
        print("queue.Empty caught: no task, exiting")
