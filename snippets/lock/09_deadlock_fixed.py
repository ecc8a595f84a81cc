import threading

TRANSFERS = 100_000


class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.lock = threading.Lock()


def transfer(source, target, amount):
    first, second = sorted((source, target), key=lambda account: account.name)
    with first.lock, second.lock:
        source.balance -= amount
        target.balance += amount


def repeat_transfers(source, target, times):
    for _ in range(times):
        transfer(source, target, 1)


if __name__ == "__main__":
    alice = Account("alice", 100)
    bob = Account("bob", 100)
    threads = [
        threading.Thread(
            target=repeat_transfers, args=(alice, bob, TRANSFERS)
        ),
        threading.Thread(
            target=repeat_transfers, args=(bob, alice, TRANSFERS)
        ),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print(f"{2 * TRANSFERS} transfers done, no deadlock")
    print(f"balances: alice={alice.balance}, bob={bob.balance}")
