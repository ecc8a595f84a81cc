# puts greet() under the guard too: the child imports the file as __mp_main__,
# skips the block, and finds no greet to run
import multiprocessing

if __name__ == "__main__":

    def greet(name):
        print(f"hello from {name}")

    context = multiprocessing.get_context("spawn")
    child = context.Process(target=greet, args=("the child",))
    child.start()
    child.join(timeout=10)
    print(f"child exit code: {child.exitcode}")
