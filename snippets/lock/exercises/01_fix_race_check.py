"""What ./dev check requires of 01_fix_race.py (listed on the lock page).

The check puts its own plus_one() in the attempt's place: the same slow call (its pause is the
check's to stretch), so deleting the sleep from the file does not make the race go away. It reads
`counter` when the main block ends."""

from harness.exercises.spec import Check

check = Check(
    watch=["plus_one"],
    stretch={"plus_one": (1.0, 3.0)},
    globals_at_end=["counter"],
)


@check.scenario
def slow_plus_one(module, recorder):
    def plus_one(value):
        recorder.sleep(
            0.001, "plus_one"
        )  # a slow call: a query, a request, a log write
        return value + 1

    module.plus_one = plus_one


@check.property(
    en="the 400 `plus_one()` calls get 0, 1, …, 399, each once (no update is lost), and "
    "`counter` ends at 400, also with pauses between lines, a tiny switch interval and the "
    "check's own slow `plus_one()`",
    zh="400 次 `plus_one()` 调用拿到的值是 0、1、…、399，每个一次（没有丢失任何更新），"
    "`counter` 最后是 400，代码行之间有停顿、线程切换间隔极短、换上检查程序自己的慢速 "
    "`plus_one()` 时也一样",
    hint_en="one Lock, created once, held around the whole line counter = plus_one(counter); "
    "setting counter afterwards repairs the number, not the race",
    hint_zh="只创建一把 Lock，用它包住整行 counter = plus_one(counter)；"
    "事后再给 counter 赋值只是修正了数字，竞争还在",
)
def right_count(seen):
    given = sorted(
        int(c.args) for c in seen.calls("plus_one") if c.args.isdigit()
    )
    lost = len(given) - len(set(given))
    found = seen.globals.get("counter")
    value = found["repr"] if found else None
    ok = given == list(range(400)) and value == "400"
    return (
        ok,
        f"{lost} calls got a value another call had got; counter = {value}",
    )


@check.property(
    en="`plus_one()` is called 400 times, from the 4 worker threads",
    zh="`plus_one()` 被调用 400 次，调用来自 4 个工作线程",
    hint_en="keep the threads and the calls; add only the lock",
    hint_zh="保留线程和调用，只加上锁",
)
def calls_from_four_threads(seen):
    calls = seen.calls("plus_one")
    threads = {c.thread for c in calls}
    ok = (
        len(calls) == 400 and len(threads) == 4 and "MainThread" not in threads
    )
    return ok, f"{len(calls)} calls from {len(threads)} threads"


@check.property(
    en="the 4 threads are all running at one moment: they are not started and joined one "
    "at a time",
    zh="某一时刻 4 个线程都在运行：不能启动一个、`join()` 一个地轮流运行",
    hint_en="start all four threads first, then join them; the lock does the rest",
    hint_zh="先启动全部四个线程，再逐个 join()；其余的交给锁",
)
def threads_together(seen):
    threads = seen.attempt_threads()
    if len(threads) != 4 or any(t["end"] is None for t in threads):
        return False, f"{len(threads)} threads of the file"
    gap = max(t["start"] for t in threads) - min(t["end"] for t in threads)
    return (
        gap < 0,
        f"the last thread started {max(gap, 0):.3f} s after one had ended",
    )
