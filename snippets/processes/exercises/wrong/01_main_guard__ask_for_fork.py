# asks for fork instead of adding the guard: runs on
# Linux up to 3.13, fails where the child is started
# with spawn or forkserver (macOS, Windows, Python 3.14)
import multiprocessing


def greet(name):
    print(f"hello from {name}")


context = multiprocessing.get_context("fork")
child = context.Process(target=greet, args=("the child",))
child.start()
child.join(timeout=10)
print(f"child exit code: {child.exitcode}")
