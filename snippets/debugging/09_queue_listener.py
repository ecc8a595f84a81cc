import logging
import logging.handlers
import multiprocessing
import sys


def worker_main(queue, n):
    # in the worker process: one handler,
    # which puts every record into the queue
    root = logging.getLogger()
    for inherited in root.handlers[
        :
    ]:  # a fork child has a copy of the parent's
        root.removeHandler(inherited)
    root.addHandler(logging.handlers.QueueHandler(queue))
    root.setLevel(logging.INFO)
    log = logging.getLogger("app")
    log.info("task %d started", n)
    log.info("task %d done", n)


if __name__ == "__main__":
    # works with fork and forkserver too
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    console = logging.StreamHandler(sys.stdout)  # the one handler that writes
    console.setFormatter(
        logging.Formatter("%(processName)-11s %(name)s: %(message)s")
    )
    logging.basicConfig(level=logging.INFO, handlers=[console])  # this process
    listener = logging.handlers.QueueListener(queue, console)
    listener.start()  # a thread in this process: takes records off the queue
    workers = [
        context.Process(
            target=worker_main, args=(queue, n), name=f"Worker-{n}"
        )
        for n in (1, 2)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    listener.stop()  # handles what is left in the queue, then ends the thread
    logging.getLogger("app").info("all workers done")
