import multiprocessing

release = None  # set in each worker process by the initializer


def keep(event):
    global release
    release = event


def task(n):
    # task 0 waits for the main process
    if n == 0 and not release.wait(timeout=10):
        raise TimeoutError("never released")
    return n


if __name__ == "__main__":
    release = multiprocessing.Event()
    with multiprocessing.Pool(
        2, initializer=keep, initargs=(release,)
    ) as pool:
        results = pool.imap(task, [0, 1])
        try:
            results.next(timeout=0.5)
        except multiprocessing.TimeoutError:
            print("imap: next(timeout=0.5) gave up, task 0 is still running")
        release.set()
        print("imap, in input order:", list(results))

        release.clear()
        arrived = []
        for n in pool.imap_unordered(task, [0, 1]):
            arrived.append(n)
            release.set()  # only now can task 0 finish
        print("imap_unordered, in order of arrival:", arrived)
        print("starmap:", pool.starmap(pow, [(2, 10), (3, 4), (10, 3)]))
