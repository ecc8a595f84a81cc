# requires: Python 3.15+
import threading
import time


def numbered_jobs(n):
    for number in range(1, n + 1):
        time.sleep(0.001)  # reading the next job: other threads run meanwhile
        yield f"job-{number}"


def worker(jobs, done):
    for job in jobs:  # every next() runs under the wrapper's lock
        done.append(job)


if __name__ == "__main__":
    jobs = threading.serialize_iterator(numbered_jobs(100))
    done = []
    threads = [
        threading.Thread(target=worker, args=(jobs, done)) for _ in range(4)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"{len(done)} jobs done, {len(set(done))} different ones, no error")
