import os
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

if __name__ == "__main__":
    # os.process_cpu_count() is new in 3.13; before that the pools use os.cpu_count()
    count_cpus = getattr(os, "process_cpu_count", os.cpu_count)
    cpus = count_cpus() or 1
    # _max_workers is private: read here only to compare with the documented formula
    with ThreadPoolExecutor() as threads:
        print("threads   = min(32, cpus + 4):", threads._max_workers == min(32, cpus + 4))
    with ProcessPoolExecutor() as processes:
        print("processes = cpus:", processes._max_workers == cpus)
    print("both sizes are upper limits")
