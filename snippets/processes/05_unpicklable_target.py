import multiprocessing
import re


def square(x, results):
    results.put(x * x)


def main():
    context = multiprocessing.get_context("spawn")
    results = context.Queue()

    def nested_square(x, results):
        results.put(x * x)

    targets = [
        ("lambda", lambda x, results: results.put(x * x)),
        ("nested function", nested_square),
        ("top-level function", square),
    ]
    for label, target in targets:
        child = context.Process(target=target, args=(3, results))
        try:
            child.start()  # spawn pickles the target here, in the parent
        except Exception as exc:
            # no memory address
            message = re.sub(r" at 0x[0-9a-f]+", "", str(exc))
            print(f"{label}: {type(exc).__name__}: {message}")
            continue
        print(f"{label}: the child computed {results.get(timeout=10)}")
        child.join()


if __name__ == "__main__":
    main()
