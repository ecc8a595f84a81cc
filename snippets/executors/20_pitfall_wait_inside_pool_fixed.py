from concurrent.futures import ThreadPoolExecutor


def outer(inner_result):
    return f"outer got {inner_result}"


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=1) as pool:
        inner = pool.submit(pow, 2, 10)
        # the main thread waits, and passes the result on to the next task
        print(pool.submit(outer, inner.result(timeout=5)).result(timeout=5))
