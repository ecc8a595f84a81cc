"""What ./dev check requires of 03_stop_on_first_failure.py (listed on the executors page).

check() is the check's to stretch; its calls are recorded with their start times, so a check
that starts after the output (shutdown(wait=False), or no shutdown at all) is seen."""

from harness.exercises.spec import Check

check = Check(watch=["check"], stretch={"check": (0.5, 3.0)})


@check.property(
    en="after the failing check, at most one more `check()` starts: "
    "the one the worker thread had already taken",
    zh="失败的那个检查之后，最多再开始一个 `check()`：工作线程已经领走的那一个",
    hint_en="shutdown(cancel_futures=True) cancels every call that has not started",
    hint_zh="shutdown(cancel_futures=True) 取消所有还没开始的调用",
)
def stops_after_the_failure(seen):
    calls = seen.calls("check")
    failed = [c for c in calls if c.error]
    if not failed:
        return False, "no check() call raised"
    later = [c.args for c in calls if c.start > failed[0].start]
    return len(
        later
    ) <= 1, f"started after the failing check: {', '.join(later)}"


@check.property(
    en="no `check()` call starts after the output is printed, "
    "so a pool that is merely left running does not count",
    zh="打印输出之后，不再有 `check()` 调用开始，所以只是让池继续跑下去不算数",
    hint_en="shutdown(wait=False) returns at once, but the queued checks still run",
    hint_zh="shutdown(wait=False) 立即返回，但排队的检查照样会执行",
)
def nothing_after_the_output(seen):
    late = [c.args for c in seen.calls_after_output("check")]
    return (
        not late,
        f"started after the output: check({'), check('.join(late)})",
    )


@check.property(
    en="the pool's thread has ended before the last line is printed",
    zh="打印最后一行之前，池的线程已经结束",
    hint_en="shutdown(wait=True) waits for the call that is running, then for the thread",
    hint_zh="shutdown(wait=True) 会等正在运行的调用，再等线程结束",
)
def pool_thread_ended(seen):
    last = seen.last_output
    pool = [
        t for t in seen.threads if t["name"].startswith("ThreadPoolExecutor")
    ]
    late = [
        t["name"]
        for t in pool
        if t["end"] is None or last is None or t["end"] > last
    ]
    return bool(pool) and not late, f"pool threads still running: {late}"
