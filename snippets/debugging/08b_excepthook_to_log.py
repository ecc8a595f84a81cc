import logging
import sys
import threading
import traceback

log = logging.getLogger("app")


def log_uncaught(args):
    # runs in the failing thread: %(threadName)s names it
    if args.exc_type is SystemExit:
        return  # a thread that calls sys.exit() ends quietly, as by default
    where = traceback.extract_tb(args.exc_traceback)[-1]
    log.error(
        "uncaught %s in %s(), line %d: %s",
        args.exc_type.__name__,
        where.name,
        where.lineno,
        args.exc_value,
    )


def import_rows(rows):
    for row in rows:
        log.info("imported %d", int(row))


if __name__ == "__main__":
    logging.basicConfig(
        stream=sys.stdout,
        level=logging.INFO,
        format="%(threadName)-10s %(levelname)-5s %(name)s: %(message)s",
    )
    threading.excepthook = log_uncaught
    worker = threading.Thread(
        target=import_rows, args=(["12", "n/a", "30"],), name="Importer"
    )
    worker.start()
    worker.join()
    log.info("the service carries on")
