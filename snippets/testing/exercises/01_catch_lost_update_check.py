"""What ./dev check requires of 01_catch_lost_update.py (listed on the testing page).

The answer is a test. After the file's own run, the check runs the file's unittest tests once
with each `Hits` below in place of the file's: its own correct one, and three that lose
updates. The buggy ones lose an update only when two calls overlap between the read and the
write, so a test catches them only if it makes calls overlap there."""

import threading

from harness.exercises.spec import Check


class Hits:
    def __init__(self, store):
        self.store = store
        self.lock = threading.RLock()

    def hit(self, page):
        with self.lock:
            self.store[page] = self.store.get(page, 0) + 1


class NoLock:
    def __init__(self, store):
        self.store = store

    def hit(self, page):
        count = self.store.get(page, 0)
        self.store[page] = count + 1


class LockOnlyTheWrite(NoLock):
    def __init__(self, store):
        super().__init__(store)
        self.lock = threading.Lock()

    def hit(self, page):
        count = self.store.get(page, 0)
        with self.lock:
            self.store[page] = count + 1


class LockPerCall(NoLock):
    def hit(self, page):
        with threading.Lock():
            count = self.store.get(page, 0)
            self.store[page] = count + 1


VERSIONS = {
    "correct": Hits,
    "no_lock": NoLock,
    "lock_only_the_write": LockOnlyTheWrite,
    "lock_per_call": LockPerCall,
}

check = Check()
check.tests_against("Hits", VERSIONS)


@check.property(
    en="the tests pass on a correct `Hits` (the check's own, with a lock around the read "
    "and the write)",
    zh="测试在正确的 `Hits` 上通过（检查程序自己的版本，读和写都在锁里）",
    hint_en="assert what a correct Hits guarantees, not how long it takes or how it is built",
    hint_zh="断言正确的 Hits 所保证的结果，而不是它花多长时间、内部怎么实现",
)
def passes_on_correct(seen):
    return seen.tests_outcome("correct", True, "Hits")


@check.property(
    en="the tests fail on a `Hits` without a lock",
    zh="测试在没有锁的 `Hits` 上失败",
    hint_en="make the calls overlap on purpose: a Barrier to start them together, and a "
    "store whose get() is slow, so that every call reads before any call writes",
    hint_zh="有意让调用重叠：用 Barrier 让它们同时开始，再给一个 get() 很慢的存储，"
    "让每次调用都在任何一次写入之前读取",
)
def fails_without_lock(seen):
    return seen.tests_outcome("no_lock", False, "Hits")


@check.property(
    en="the tests fail on a `Hits` that locks only the write",
    zh="测试在只把写入放进锁里的 `Hits` 上失败",
    hint_en="the gap is between get() and the write: widen it with a slow store, and "
    "assert the exact count",
    hint_zh="空隙在 get() 和写入之间：用慢速存储把它拉宽，并断言准确的计数",
)
def fails_with_lock_only_the_write(seen):
    return seen.tests_outcome("lock_only_the_write", False, "Hits")


@check.property(
    en="the tests fail on a `Hits` that creates a new `Lock` at each call",
    zh="测试在每次调用都新建一把 `Lock` 的 `Hits` 上失败",
    hint_en="several threads must call hit() on one Hits at the same moment",
    hint_zh="必须有几个线程在同一时刻对同一个 Hits 调用 hit()",
)
def fails_with_lock_per_call(seen):
    return seen.tests_outcome("lock_per_call", False, "Hits")
