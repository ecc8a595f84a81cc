"""What ./dev check requires of 01_join_before_reading.py (listed on the threads page)."""

from harness.exercises.spec import Check

check = Check(
    watch=["square"], stretch={"square": (0.5, 4.0)}, main_sleeps=0.1
)


@check.property(
    en="every `square()` call has ended before the results are printed",
    zh="打印结果之前，每个 `square()` 调用都已结束",
    hint_en="call join() on each thread before reading results",
    hint_zh="读取 results 之前，对每个线程调用 join()",
)
def ended_before_print(seen):
    late = [
        c.args
        for c in seen.calls("square")
        if c.end is None or c.end > seen.first_output
    ]
    return not late, f"still running at the print: square({', '.join(late)})"


@check.property(
    en="the results are printed as soon as the last thread ends, not after a fixed wait",
    zh="最后一个线程一结束就打印结果，而不是等待一段固定的时间",
    hint_en="join() waits exactly as long as needed; time.sleep() guesses",
    hint_zh="join() 恰好等到线程结束；time.sleep() 只是猜一个时间",
)
def no_fixed_wait(seen):
    ends = [c.end for c in seen.calls("square") if c.end is not None]
    if len(ends) < 3 or seen.first_output is None:
        return False, f"{len(ends)} square() calls ended"
    late = seen.first_output - max(ends)
    return late < 0.25, f"printed {late:.2f} s after the last thread ended"


@check.property(
    en="the three `square()` calls run at the same time",
    zh="三个 `square()` 调用同时进行",
    hint_en="start all threads first, then join them",
    hint_zh="先启动全部线程，再逐个 join()",
)
def overlap(seen):
    return seen.peak("square") == 3, f"at most {seen.peak('square')} at once"
