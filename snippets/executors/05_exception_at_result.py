import threading
from concurrent.futures import ThreadPoolExecutor

# holds the call back until the main thread has looked at it
go = threading.Event()


def parse(text):
    if not go.wait(timeout=5):
        raise TimeoutError("never released")
    return int(text)


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=2) as pool:
        future = pool.submit(parse, "four")
        print(
            "submit returned a",
            type(future).__name__,
            "- done yet:",
            future.done(),
        )
        go.set()
        future.exception(timeout=5)  # wait until it has finished
        print("done:", future.done())
        try:
            future.result()
        except ValueError as exc:
            print(f"result() raised {type(exc).__name__}: {exc}")

        got = []
        try:
            for n in pool.map(parse, ["1", "2", "three", "4"], timeout=5):
                got.append(n)
        except ValueError as exc:
            print(f"map: got {got}, then {type(exc).__name__}: {exc}")
