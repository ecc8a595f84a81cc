import sys
import threading

RUNS = 30

balance = 0


def change_it(n):
    global balance
    balance = balance + n
    balance = balance - n


def run_thread(n):
    for _ in range(100_000):
        change_it(n)


def run_once():
    global balance
    balance = 0
    t1 = threading.Thread(target=run_thread, args=(5,))
    t2 = threading.Thread(target=run_thread, args=(8,))
    t1.start()
    t2.start()
    t1.join()
    t2.join()
    return balance


if __name__ == "__main__":
    # More switch requests than the default
    # (every 5 ms): more chances for the race.
    sys.setswitchinterval(0.0001)
    always_zero = True
    for _ in range(RUNS):
        if run_once() != 0:
            always_zero = False
            break
    print(f"balance is 0 after each of {RUNS} runs: {always_zero}")
