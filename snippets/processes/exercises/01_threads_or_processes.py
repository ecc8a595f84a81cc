import time
from bisect import bisect_right
from concurrent.futures import ThreadPoolExecutor

STEPS = 600_000  # each half of the CPU-bound job


def half_of_the_job(steps):
    """CPU-bound work that notes the time every 100 steps."""
    total, stamps = 0, []
    for i in range(steps):
        total += i % 7
        if i % 100 == 0:
            stamps.append(time.perf_counter())
    return total, stamps


def ran_at_the_same_moment(mine, theirs, close=0.0005):
    """Did `theirs` note a time between two of my stamps taken without a pause?"""
    for earlier, later in zip(mine, mine[1:]):
        if later - earlier < close:
            i = bisect_right(theirs, earlier)
            if i < len(theirs) and theirs[i] < later:
                return True
    return False


if __name__ == "__main__":
    expected = half_of_the_job(STEPS)[0]
    with ThreadPoolExecutor(max_workers=2) as pool:
        (total_a, stamps_a), (total_b, stamps_b) = pool.map(half_of_the_job, [STEPS, STEPS])
    print("both halves computed:", total_a == total_b == expected)
    print("the halves ran at the same moment:", ran_at_the_same_moment(stamps_a, stamps_b))
