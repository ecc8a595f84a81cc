# waits a fixed second instead of join():
# right only while the threads are quicker
import threading
import time


def square(n, results):
    time.sleep(0.5)  # some slow work
    results.append(n * n)


if __name__ == "__main__":
    results = []
    threads = [
        threading.Thread(target=square, args=(n, results)) for n in (1, 2, 3)
    ]
    for thread in threads:
        thread.start()
    time.sleep(1)  # long enough for the threads to finish
    print(f"results: {sorted(results)}")
