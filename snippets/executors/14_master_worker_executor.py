from concurrent.futures import ProcessPoolExecutor

TASKS = [3, 1, 4, 1, 5, 9, 2, 6]
WORKERS = 2


def square(n):
    return n * n


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=WORKERS) as pool:
        squares = list(pool.map(square, TASKS, timeout=10))
    for n, result in sorted(zip(TASKS, squares)):
        print(f"{n} * {n} = {result}")
