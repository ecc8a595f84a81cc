import multiprocessing


def greet(name):
    print(f"hello from {name}")


context = multiprocessing.get_context("spawn")
child = context.Process(target=greet, args=("the child",))
child.start()
child.join(timeout=10)
print(f"child exit code: {child.exitcode}")
