import multiprocessing
import signal
import sys
import time


def give_up(code):
    sys.exit(code)


def run_until_stopped(ready):
    ready.set()
    time.sleep(20)  # stands for work that never ends on its own


if __name__ == "__main__":
    quitter = multiprocessing.Process(target=give_up, args=(3,))
    print("exitcode before start():", quitter.exitcode)
    quitter.start()
    quitter.join(timeout=10)
    print("after sys.exit(3):", quitter.exitcode)

    for stop in ("terminate", "kill"):
        ready = multiprocessing.Event()
        child = multiprocessing.Process(
            target=run_until_stopped, args=(ready,)
        )
        child.start()
        if not ready.wait(timeout=10):
            raise RuntimeError("the child did not start")
        # returns after 0.1 s: the child is still running
        child.join(timeout=0.1)
        alive = child.is_alive()
        getattr(child, stop)()  # child.terminate() or child.kill()
        child.join(timeout=10)
        code = child.exitcode
        print(
            f"{stop}(): alive after join(0.1): {alive}, exitcode {code}",
            end=" ",
        )
        print(signal.Signals(-code).name)
