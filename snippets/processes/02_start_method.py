import multiprocessing
from concurrent.futures import ProcessPoolExecutor

greeting = "set when the module is imported"


def read_greeting():
    return greeting


if __name__ == "__main__":
    print("default start method:", multiprocessing.get_start_method())
    available = multiprocessing.get_all_start_methods()
    greeting = "changed by the parent before starting the child"
    for method in ("fork", "spawn", "forkserver"):
        if method not in available:
            continue
        context = multiprocessing.get_context(method)
        with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
            print(
                f"{method:<10} child reads: "
                f"{pool.submit(read_greeting).result()}"
            )
