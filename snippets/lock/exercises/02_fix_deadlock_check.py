"""What ./dev check requires of 02_fix_deadlock.py (listed on the lock page).

The check gives each Account a lock of its own making: it passes every call on to the account's
real lock, notes, before it waits, which account locks the thread already holds when it asks for one, and pauses
a moment after each lock it gets, so that a transfer holding its first lock is still holding it
when the other transfer starts, with or without the file's sleep. The order is read from those
notes, so a wrong order shows even in a run that happened not to get stuck."""

import threading

from harness.exercises.spec import Check

check = Check(watch=["transfer"], stretch={"transfer": (0.5, 1.5)})


class WatchedLock:
    """An account's lock, as the attempt uses it: acquire, release, with, locked."""

    def __init__(self, lock, account, recorder, held):
        self.lock, self.account, self.recorder, self.held = (
            lock,
            account,
            recorder,
            held,
        )

    def acquire(self, blocking=True, timeout=-1):
        mine = self.held.setdefault(threading.get_ident(), [])
        before = list(mine)
        thread = threading.current_thread().name
        self.recorder.record(
            "want", thread=thread, account=self.account, holding=before
        )
        got = self.lock.acquire(blocking, timeout)
        self.recorder.record(
            "acquire",
            thread=thread,
            account=self.account,
            holding=before,
            got=bool(got),
        )
        if got:
            mine.append(self.account)
            self.recorder.sleep(
                0.05, "hold"
            )  # the critical section, a little longer
        return got

    def release(self):
        for accounts in self.held.values():
            if self.account in accounts:
                accounts.remove(self.account)
                break
        self.lock.release()

    def locked(self):
        return self.lock.locked()

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()


@check.scenario
def watched_accounts(module, recorder):
    held = {}  # thread ident -> the account locks it holds
    original = module.Account

    class Account(original):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            name = str(getattr(self, "name", len(held)))
            self.lock = WatchedLock(self.lock, name, recorder, held)

    Account.__name__ = Account.__qualname__ = original.__name__
    module.Account = Account


@check.property(
    en="both `transfer()` calls have ended before the result is printed, also when the check "
    "makes every lock's holder keep it a little longer",
    zh="打印结果之前，两个 `transfer()` 调用都已结束，检查程序让每把锁的持有者多占用一会儿时也一样",
    hint_en="a transfer that waits for a lock the other one holds never ends: see the order",
    hint_zh="等待对方手里那把锁的转账永远结束不了：看看加锁的顺序",
)
def both_ended(seen):
    calls = seen.calls("transfer")
    first = seen.first_output
    done = [
        c
        for c in calls
        if c.end is not None and first is not None and c.end <= first
    ]
    return len(calls) == 2 and len(
        done
    ) == 2, f"{len(done)} of {len(calls)} ended"


@check.property(
    en="each transfer holds the locks of both its accounts at the same moment",
    zh="每笔转账都在同一时刻持有两个账户的锁",
    hint_en="keep the second `with` inside the first: release nothing before both are taken",
    hint_zh="第二个 `with` 仍然写在第一个里面：两把锁都拿到之前，什么都不释放",
)
def holds_both(seen):
    threads = {c.thread for c in seen.calls("transfer")}
    both = {
        r["thread"]
        for r in seen.records("acquire")
        if r["got"] and r["holding"]
    }
    return len(threads) == 2 and threads <= both, (
        f"held two account locks at once: {sorted(both)} of {sorted(threads)}"
    )


@check.property(
    en="every thread takes the two locks in the same order",
    zh="所有线程都按同一顺序获取这两把锁",
    hint_en="sort the two accounts by something unique that never changes, such as the name",
    hint_zh="按某个唯一且不会改变的东西（例如名字）给两个账户排序",
)
def one_order(seen):
    wants = seen.records(
        "want"
    )  # noted before waiting: a thread stuck there counts too
    pairs = {(h, r["account"]) for r in wants for h in r["holding"]}
    crossed = sorted(p for p in pairs if (p[1], p[0]) in pairs)
    shown = ", ".join(f"{a} then {b}" for a, b in crossed)
    return not crossed, f"both orders seen: {shown}"
