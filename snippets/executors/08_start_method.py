import multiprocessing
from concurrent.futures import ProcessPoolExecutor

setting = "set when the module is imported"


def read_setting(_):
    return setting


if __name__ == "__main__":
    setting = "changed by the main process at run time"
    print("default start method:", multiprocessing.get_start_method())
    for method in ["fork", "spawn"]:
        context = multiprocessing.get_context(method)
        with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
            seen = pool.submit(read_setting, None).result(timeout=20)
        print(f"{method:5} worker reads: {seen}")
