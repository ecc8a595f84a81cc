import multiprocessing

go = None  # set in each worker process by the initializer


def keep(event):
    global go
    go = event


def slow_task():
    return "finished" if go.wait(timeout=10) else "gave up"


if __name__ == "__main__":
    # nobody sets it: the task is still running below
    never = multiprocessing.Event()
    with multiprocessing.Pool(2, initializer=keep, initargs=(never,)) as pool:
        result = pool.apply_async(slow_task)
    # __exit__ called terminate(): the workers were killed, the task with them
    try:
        result.get(timeout=1)
    except multiprocessing.TimeoutError:
        print("after the with block: get(timeout=1) raised TimeoutError")
    print("ready():", result.ready())

    go = multiprocessing.Event()
    with multiprocessing.Pool(2, initializer=keep, initargs=(go,)) as pool:
        result = pool.apply_async(slow_task)
        go.set()
        pool.close()  # no more tasks
        # waits for the outstanding task, then for the workers to exit
        pool.join()
    print("with close() and join() inside the block:", result.get(timeout=1))
