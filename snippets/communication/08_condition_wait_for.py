import threading
import time


def worker(n, results, ready):
    time.sleep(0.1 * n)  # the work
    with ready:
        results.append(n * 10)
        ready.notify_all()  # wake whoever waits for a change


if __name__ == "__main__":
    results = []
    ready = threading.Condition()
    threads = [
        threading.Thread(target=worker, args=(n, results, ready))
        for n in range(1, 5)
    ]
    for t in threads:
        t.start()
    with ready:
        # wait_for() re-checks the predicate after every wake-up
        ok = ready.wait_for(lambda: len(results) >= 3, timeout=2)
        print(f"at least 3 results: {ok}")
    for t in threads:
        t.join()
    with ready:
        ok = ready.wait_for(lambda: len(results) >= 5, timeout=0.2)
        print(
            f"at least 5 results: {ok} (only 4 workers, gave up after 0.2 s)"
        )
    print(f"results: {sorted(results)}")
