import multiprocessing
import threading


def parse(text):
    return int(text)


results, errors, in_main_thread = [], [], []


def on_result(value):  # runs in the main process, in a thread of the pool
    results.append(value)
    in_main_thread.append(
        threading.current_thread() is threading.main_thread()
    )


def on_error(exc):
    errors.append(f"{type(exc).__name__}: {exc}")


if __name__ == "__main__":
    pool = multiprocessing.Pool(2)
    pending = [
        pool.apply_async(
            parse, (text,), callback=on_result, error_callback=on_error
        )
        for text in ["1", "two", "3"]
    ]
    pool.close()  # no more tasks
    pool.join()  # workers have exited and every callback has run
    print(
        "callback got:",
        sorted(results),
        "in the main thread:",
        any(in_main_thread),
    )
    print("error_callback got:", errors)
    print("successful():", [p.successful() for p in pending])
