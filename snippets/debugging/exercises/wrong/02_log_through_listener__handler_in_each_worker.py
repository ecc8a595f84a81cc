# each worker writes its own lines: same output, but several
# processes write to one stream (a file would get
# interleaved records); show() runs outside the main process
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


def worker_main(n):
    console = Console()
    console.setFormatter(logging.Formatter("%(processName)s: %(message)s"))
    logging.basicConfig(level=logging.INFO, handlers=[console])
    work(n)


if __name__ == "__main__":
    context = multiprocessing.get_context("spawn")  # as on macOS and Windows
    console = Console()
    console.setFormatter(logging.Formatter("%(processName)s: %(message)s"))
    logging.basicConfig(level=logging.INFO, handlers=[console])
    workers = [
        context.Process(target=worker_main, args=(n,), name=f"Worker-{n}")
        for n in (1, 2)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    logging.getLogger("app").info("all workers done")
