# joins each thread right after starting it: the threads run one after another
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
        thread.join()
    print(f"results: {sorted(results)}")
