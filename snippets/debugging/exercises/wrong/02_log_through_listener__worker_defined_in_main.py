# defines worker_main() inside the main block: a child started with spawn or forkserver
# imports the file as __mp_main__, where that function does not exist
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


if __name__ == "__main__":

    def worker_main(queue, n):
        root = logging.getLogger()
        for inherited in root.handlers[
            :
        ]:  # a fork child has a copy of the parent's
            root.removeHandler(inherited)
        root.addHandler(logging.handlers.QueueHandler(queue))
        root.setLevel(logging.INFO)
        work(n)

    context = multiprocessing.get_context("spawn")  # as on macOS and Windows
    console = Console()
    console.setFormatter(logging.Formatter("%(processName)s: %(message)s"))
    logging.basicConfig(level=logging.INFO, handlers=[console])
    queue = context.Queue()
    listener = logging.handlers.QueueListener(queue, console)
    listener.start()
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
    listener.stop()
    logging.getLogger("app").info("all workers done")
