# the workers read the queue from a global set in the main
# process: works with fork only; under spawn and forkserver
# the child imports the module again and sees None
import logging
import logging.handlers
import multiprocessing


def show(line):
    """Write one finished log line to the terminal."""
    print(line, flush=True)


class Console(logging.Handler):
    def emit(self, record):
        show(self.format(record))


def work(n):
    """One task, in a worker process."""
    log = logging.getLogger("app")
    log.info("task %d started", n)
    log.info("task %d done", n)


queue = None  # set by the main process before it starts the workers


def worker_main(n):
    root = logging.getLogger()
    root.addHandler(logging.handlers.QueueHandler(queue))
    root.setLevel(logging.INFO)
    work(n)


if __name__ == "__main__":
    context = multiprocessing.get_context("spawn")  # as on macOS and Windows
    console = Console()
    console.setFormatter(logging.Formatter("%(processName)s: %(message)s"))
    logging.basicConfig(level=logging.INFO, handlers=[console])
    queue = context.Queue()
    listener = logging.handlers.QueueListener(queue, console)
    listener.start()
    workers = [
        context.Process(target=worker_main, args=(n,), name=f"Worker-{n}")
        for n in (1, 2)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    listener.stop()
    logging.getLogger("app").info("all workers done")
