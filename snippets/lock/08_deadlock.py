import threading


class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.lock = threading.Lock()


def transfer(source, target, amount, lined_up, outcomes):
    with source.lock:
        lined_up.wait()
        got_target = target.lock.acquire(timeout=0.5)
        if got_target:
            try:
                source.balance -= amount
                target.balance += amount
            finally:
                target.lock.release()
        lined_up.wait()
    outcomes[f"{source.name} -> {target.name}"] = got_target


if __name__ == "__main__":
    alice = Account("alice", 100)
    bob = Account("bob", 100)
    lined_up = threading.Barrier(2)
    outcomes = {}
    threads = [
        threading.Thread(
            target=transfer, args=(alice, bob, 10, lined_up, outcomes)
        ),
        threading.Thread(
            target=transfer, args=(bob, alice, 20, lined_up, outcomes)
        ),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for name, done in sorted(outcomes.items()):
        print(
            f"{name}: "
            f"{'done' if done else 'gave up waiting for the second lock'}"
        )
    if not any(outcomes.values()):
        print("deadlock: each thread held one lock and waited for the other")
    print(f"balances: alice={alice.balance}, bob={bob.balance}")
