import multiprocessing
import sys


def work(results):
    results.put("the child ran")


if __name__ == "__main__":
    multiprocessing.freeze_support()  # the first line under the guard
    print("a frozen program:", getattr(sys, "frozen", False))
    method = multiprocessing.get_start_method(allow_none=True)
    print("start method fixed yet:", method)
    results = multiprocessing.Queue()
    child = multiprocessing.Process(target=work, args=(results,))
    child.start()
    print(results.get(timeout=10))
    child.join(timeout=10)
    print("exit code:", child.exitcode)
