import atexit
import multiprocessing


def mark(flag):
    flag.set()


def work(ready, stop, finally_ran, atexit_ran):
    atexit.register(mark, atexit_ran)
    try:
        ready.set()
        # works until terminated (20 s bounds a forgotten child)
        stop.wait(timeout=20)
    finally:
        finally_ran.set()  # stands for closing files, removing temporary files


if __name__ == "__main__":
    for ending in ("returns", "terminated"):
        ready, stop, finally_ran, atexit_ran = (
            multiprocessing.Event() for _ in "1234"
        )
        child = multiprocessing.Process(
            target=work, args=(ready, stop, finally_ran, atexit_ran)
        )
        child.start()
        if not ready.wait(timeout=10):
            raise RuntimeError("the child did not start")
        if ending == "returns":
            stop.set()
        else:
            child.terminate()
        child.join(timeout=10)
        print(
            f"{ending:<10}  exitcode {child.exitcode:>3}"
            f"  finally ran: {finally_ran.is_set()!s:<5}"
            f"  atexit handler ran: {atexit_ran.is_set()}"
        )
