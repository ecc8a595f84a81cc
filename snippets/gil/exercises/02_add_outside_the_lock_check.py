"""What ./dev check requires of 02_add_outside_the_lock.py (listed on the gil page).

The check puts its own price() in the attempt's place: the same slow call (its pause is the
check's to stretch), so deleting the sleep from the file does not make the race go away. It
reads `total` when the main block ends."""

from harness.exercises.spec import Check

check = Check(
    watch=["price"],
    stretch={"price": (1.0, 3.0)},
    globals_at_end=["total"],
)


@check.scenario
def slow_price(module, recorder):
    def price(item):  # slow: a lookup in a database
        recorder.sleep(0.001, "price")
        return item % 3

    module.price = price


@check.property(
    en="`total` ends at 196, even with pauses between lines, a tiny switch interval and the "
    "check's own slow `price()`",
    zh="`total` 最后是 196，代码行之间有停顿、线程切换间隔极短、"
    "换上检查程序自己的慢速 `price()` 时也一样",
    hint_en="one Lock, created once and shared by the threads, held around total += cost",
    hint_zh="只创建一把各线程共用的 Lock，用它包住 total += cost",
)
def right_total(seen):
    found = seen.globals.get("total")
    value = found["repr"] if found else None
    return value == "196", f"total = {value}"


@check.property(
    en="`price()` is called 200 times, from the 4 worker threads",
    zh="`price()` 被调用 200 次，调用来自 4 个工作线程",
    hint_en="keep the threads and the calls; change only how total is updated",
    hint_zh="保留线程和调用，只改 total 的更新方式",
)
def calls_from_four_threads(seen):
    calls = seen.calls("price")
    threads = {c.thread for c in calls}
    ok = (
        len(calls) == 200 and len(threads) == 4 and "MainThread" not in threads
    )
    return ok, f"{len(calls)} calls from {len(threads)} threads"


@check.property(
    en="the `price()` calls overlap: the lock is not held during the slow call, and the "
    "threads are not run one at a time",
    zh="各次 `price()` 调用在时间上互相重叠：慢调用期间不持有锁，"
    "线程也不是一个接一个地运行",
    hint_en="call price() before taking the lock; hold the lock only for total += cost",
    hint_zh="先在锁外调用 price()，只在 total += cost 时持有锁",
)
def calls_overlap(seen):
    peak = seen.peak("price")
    return peak >= 2, f"at most {peak} price() calls at once"
