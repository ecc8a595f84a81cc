import multiprocessing
import time

ROUNDS = 10


def deposit(balance, both_read, both_wrote):
    for _ in range(ROUNDS):
        # read (the Value's own lock is held only for this)
        seen = balance.value
        # the other process reads the same value meanwhile
        both_read.wait(timeout=10)
        balance.value = seen + 1  # write (the lock again, but only for this)
        both_wrote.wait(timeout=10)


def deposit_locked(balance, both_read, both_wrote):
    for _ in range(ROUNDS):
        with balance.get_lock():  # held from the read to the write
            seen = balance.value
            time.sleep(0.001)  # the other process waits for the lock meanwhile
            balance.value = seen + 1


if __name__ == "__main__":
    for target in (deposit, deposit_locked):
        balance = multiprocessing.Value("i", 0)
        barriers = (multiprocessing.Barrier(2), multiprocessing.Barrier(2))
        children = [
            multiprocessing.Process(target=target, args=(balance, *barriers))
            for _ in range(2)
        ]
        for child in children:
            child.start()
        for child in children:
            child.join(timeout=20)
            if child.is_alive():
                raise RuntimeError(f"{child.name} still runs after 20 s")
        print(
            f"{target.__name__}: 2 x {ROUNDS} deposits, balance "
            f"{balance.value}"
        )
