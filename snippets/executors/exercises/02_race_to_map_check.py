"""What ./dev check requires of 02_race_to_map.py (listed on the executors page).

square() is the check's to stretch; its calls are recorded with the thread that made them. Each
value it returns is the check's own int, which notes when it is added, and in which thread."""

import threading

from harness.exercises.spec import Check

check = Check(watch=["square"], stretch={"square": (0.5, 4.0)})


@check.property(
    en="the sum is 338350 in every run, even when the check makes `square()` slower or faster",
    zh="每次运行总和都是 338350，检查程序让 `square()` 变慢或变快时也一样",
    hint_en="let each task return its square and add them up in the main thread",
    hint_zh="让每个任务返回自己的平方，由主线程把它们加起来",
)
def right_sum(seen):
    line = "sum of squares 1..100: 338350"
    return line in seen.stdout.splitlines(), f"printed {seen.stdout.strip()!r}"


@check.property(
    en="`square()` is called once per number, from the 4 worker threads of one "
    "`ThreadPoolExecutor`",
    zh="每个数调用一次 `square()`，调用来自同一个 `ThreadPoolExecutor` 的 4 个工作线程",
    hint_en="ThreadPoolExecutor(max_workers=4) and pool.map(square, NUMBERS)",
    hint_zh="ThreadPoolExecutor(max_workers=4) 配合 pool.map(square, NUMBERS)",
)
def in_four_pool_threads(seen):
    calls = seen.calls("square")
    numbers = sorted(int(c.args) for c in calls)
    threads = {c.thread for c in calls}
    pools = {t.rsplit("_", 1)[0] for t in threads}
    in_pool = all(t.startswith("ThreadPoolExecutor") for t in threads)
    ok = (
        numbers == list(range(1, 101))
        and in_pool
        and len(threads) == 4
        and len(pools) == 1
    )
    return (
        ok,
        f"{len(calls)} calls in {len(threads)} threads: {sorted(threads)[:4]}",
    )


@check.property(
    en="the `square()` calls overlap: a lock around them, or a pool of 1 thread, does not count",
    zh="各次 `square()` 调用在时间上互相重叠：用锁把它们包起来，或者只开 1 个线程的池，都不算数",
    hint_en="nothing is shared, so nothing needs a lock: the calls can run side by side",
    hint_zh="没有共享的东西，就不需要锁：这些调用可以同时进行",
)
def calls_overlap(seen):
    peak = seen.peak("square")
    return peak >= 2, f"at most {peak} square() calls at once"


@check.scenario
def counted_squares(module, recorder):
    """Each value square() returns is an int that notes when it is added to something, and
    in which thread: the check sees whether the printed total is made of those values."""
    original = getattr(module, "square", None)
    if not callable(original):
        return

    class Square(int):
        def __add__(self, other):
            recorder.record(
                "added", n=self.n, thread=threading.current_thread().name
            )
            return int(self) + other

        __radd__ = __add__

    def square(n):
        value = Square(original(n))
        value.n = n
        return value

    module.square = square


@check.property(
    en="each of the 100 values `square()` returned is added up once, in the main thread",
    zh="`square()` 返回的 100 个值，每个都在主线程里被加了一次",
    hint_en="sum the results pool.map() hands back; a total computed again on the side "
    "leaves the race where it was",
    hint_zh="把 pool.map() 交回的结果加起来；另外再算一遍总和，竞争仍然留在原处",
)
def summed_in_main(seen):
    added = seen.records("added")
    main = sorted(a["n"] for a in added if a["thread"] == "MainThread")
    elsewhere = len(added) - len(main)
    ok = main == list(range(1, 101)) and not elsewhere
    return (
        ok,
        f"{len(main)} added in the main thread, {elsewhere} in other threads",
    )
