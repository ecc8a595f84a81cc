from concurrent.futures import ThreadPoolExecutor

if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=2) as pool:
        first = pool.submit(sum, [1, 2, 3])
        print("inside the with block:", first.result(timeout=5))
    try:
        # the with block has already shut the pool down
        pool.submit(sum, [4, 5, 6])
    except RuntimeError as exc:
        print(f"after the with block: RuntimeError: {exc}")
