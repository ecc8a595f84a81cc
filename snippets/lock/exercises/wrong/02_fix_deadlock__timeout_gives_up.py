# takes the second lock with a timeout and
# silently skips the transfer when it fails
import threading
import time


class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.lock = threading.Lock()


def transfer(source, target, amount):
    with source.lock:
        time.sleep(0.3)  # some work while holding the first lock
        if target.lock.acquire(timeout=0.5):
            try:
                source.balance -= amount
                target.balance += amount
            finally:
                target.lock.release()


if __name__ == "__main__":
    alice = Account("alice", 100)
    bob = Account("bob", 100)
    threads = [
        threading.Thread(target=transfer, args=(alice, bob, 10), daemon=True),
        threading.Thread(target=transfer, args=(bob, alice, 20), daemon=True),
    ]
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + 2
    for thread in threads:
        thread.join(timeout=max(0.0, deadline - time.monotonic()))
    stuck = sum(thread.is_alive() for thread in threads)
    if stuck:
        print(f"stuck: {stuck} threads still waiting for a lock after 2 s")
    else:
        print("both transfers done")
    print(f"balances: alice={alice.balance}, bob={bob.balance}")
