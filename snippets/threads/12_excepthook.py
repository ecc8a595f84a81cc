import sys
import threading

reported = []


def report(args):
    # runs in the thread that failed: its exception, and the thread itself
    reported.append(
        f"{args.thread.name}: {args.exc_type.__name__}: {args.exc_value}"
    )


def parse():
    int("abc")


def leave_early():
    sys.exit("stopping here")


if __name__ == "__main__":
    threading.excepthook = report
    threads = [
        threading.Thread(target=parse, name="Parser"),
        threading.Thread(target=leave_early, name="Quitter"),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for line in sorted(reported):
        print(line)
    print("the main thread carries on")
