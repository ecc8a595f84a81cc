import threading

balance = 100


def withdraw_without_finally(lock, amount):
    global balance
    lock.acquire()
    if amount > balance:
        raise ValueError(f"cannot withdraw {amount}, balance is {balance}")
    balance -= amount
    lock.release()


def withdraw_with_finally(lock, amount):
    global balance
    lock.acquire()
    try:
        if amount > balance:
            raise ValueError(f"cannot withdraw {amount}, balance is {balance}")
        balance -= amount
    finally:
        lock.release()


def withdraw_with_statement(lock, amount):
    global balance
    with lock:
        if amount > balance:
            raise ValueError(f"cannot withdraw {amount}, balance is {balance}")
        balance -= amount


def another_thread_gets(lock):
    results = []

    def try_lock():
        got = lock.acquire(timeout=0.5)
        if got:
            lock.release()
        results.append(got)

    thread = threading.Thread(target=try_lock)
    thread.start()
    thread.join()
    return results[0]


if __name__ == "__main__":
    for withdraw in (
        withdraw_without_finally,
        withdraw_with_finally,
        withdraw_with_statement,
    ):
        lock = threading.Lock()
        try:
            withdraw(lock, 500)
        except ValueError as error:
            print(f"{withdraw.__name__}: ValueError: {error}")
        print(f"  lock still held: {lock.locked()}")
        print(
            "  another thread got it within 0.5 s: "
            f"{another_thread_gets(lock)}"
        )
