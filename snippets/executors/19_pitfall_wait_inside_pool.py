import concurrent.futures
from concurrent.futures import ThreadPoolExecutor


def outer(pool):
    # queued behind outer, which holds the only worker
    inner = pool.submit(pow, 2, 10)
    try:
        return inner.result(timeout=0.5)
    except concurrent.futures.TimeoutError:
        return "stuck: inner task never started"


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=1) as pool:
        print(pool.submit(outer, pool).result(timeout=5))
