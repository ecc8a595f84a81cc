import multiprocessing
import threading
import time


def stuck_forever():
    while True:  # stands for code that never checks a stop flag
        time.sleep(0.05)


if __name__ == "__main__":
    for cls in (threading.Thread, multiprocessing.Process):
        methods = [m for m in ("kill", "terminate") if hasattr(cls, m)]
        print(f"{cls.__name__} can be stopped from outside with: {methods}")
    process = multiprocessing.Process(target=stuck_forever, name="Stuck")
    process.start()
    process.join(timeout=0.2)
    print(f"after join(timeout=0.2): alive={process.is_alive()}")
    process.terminate()  # SIGTERM on POSIX; TerminateProcess() on Windows
    process.join(timeout=5)
    print(
        f"after terminate(): alive={process.is_alive()}, "
        f"exitcode={process.exitcode}"
    )
