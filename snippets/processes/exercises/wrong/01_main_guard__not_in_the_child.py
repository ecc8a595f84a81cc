# guards against the spawned child only: any other import of the file (a plain import,
# a test, a tool) still starts a child process
import multiprocessing


def greet(name):
    print(f"hello from {name}")


if __name__ != "__mp_main__":  # not in the spawned child
    context = multiprocessing.get_context("spawn")
    child = context.Process(target=greet, args=("the child",))
    child.start()
    child.join(timeout=10)
    print(f"child exit code: {child.exitcode}")
