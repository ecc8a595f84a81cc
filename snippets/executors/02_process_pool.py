import os
from concurrent.futures import ProcessPoolExecutor


def count_primes(limit):
    count = 0
    for n in range(2, limit):
        if all(n % d for d in range(2, int(n**0.5) + 1)):
            count += 1
    return count, os.getpid()


if __name__ == "__main__":
    limits = [2_000, 4_000, 6_000, 8_000]
    with ProcessPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(count_primes, limit) for limit in limits]
        results = [f.result(timeout=10) for f in futures]
    for limit, (count, _) in zip(limits, results):
        print(f"primes below {limit}: {count}")
    pids = {pid for _, pid in results}
    print("ran outside the main process:", os.getpid() not in pids)
    print("worker processes used:", len(pids) <= 2)
