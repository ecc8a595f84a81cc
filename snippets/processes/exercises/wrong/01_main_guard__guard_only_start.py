# guards only start(): the child still creates a Process
# at import and then joins one that was never started
import multiprocessing


def greet(name):
    print(f"hello from {name}")


context = multiprocessing.get_context("spawn")
child = context.Process(target=greet, args=("the child",))
if __name__ == "__main__":
    child.start()
child.join(timeout=10)
print(f"child exit code: {child.exitcode}")
