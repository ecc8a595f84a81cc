# requires: Python 3.14+
import contextvars
import sys
import threading

current_user = contextvars.ContextVar("current_user", default="anonymous")
seen = {}


def report(label):
    seen[label] = current_user.get()


if __name__ == "__main__":
    current_user.set("alice")
    print(
        "sys.flags.thread_inherit_context:", sys.flags.thread_inherit_context
    )
    plain = threading.Thread(target=report, args=("Thread()",))
    copied = threading.Thread(
        target=report,
        args=("Thread(context=copy_context())",),
        context=contextvars.copy_context(),
    )
    for thread in (plain, copied):
        thread.start()
    for thread in (plain, copied):
        thread.join()
    for label in ("Thread()", "Thread(context=copy_context())"):
        print(f"{label} reads {seen.get(label)!r}")
