"""What ./dev check requires of 02_start_not_run.py (listed on the threads page).

download() is the check's to stretch; its calls are recorded with the thread that made them, so
a call made through run() shows up in the main thread."""

from harness.exercises.spec import Check

check = Check(
    watch=["download"], stretch={"download": (0.5, 3.0)}, main_sleeps=0.1
)


@check.property(
    en="each of the three `download()` calls runs in a thread of its own, none in the main "
    "thread",
    zh="三个 `download()` 调用各在自己的线程里运行，没有一个在主线程里运行",
    hint_en="start() runs the target in the new thread; run() is a plain call in yours",
    hint_zh="start() 在新线程里执行 target；run() 只是在当前线程里的一次普通调用",
)
def own_threads(seen):
    threads = [c.thread for c in seen.calls("download")]
    ok = (
        len(threads) == 3
        and len(set(threads)) == 3
        and "MainThread" not in threads
    )
    return ok, f"download() ran in {threads}"


@check.property(
    en="the three `download()` calls wait at the same time, also when the check makes "
    "`download()` slower or faster",
    zh="三个 `download()` 调用同时等待，检查程序让 `download()` 变慢或变快时也一样",
    hint_en="start all three threads first, then join them",
    hint_zh="先启动全部三个线程，再逐个 join()",
)
def overlap(seen):
    peak = seen.peak("download")
    return peak == 3, f"at most {peak} download() calls at once"


@check.property(
    en="every thread has ended before the result is printed",
    zh="打印结果之前，每个线程都已结束",
    hint_en="join() every thread before reading ran_in",
    hint_zh="读取 ran_in 之前，对每个线程调用 join()",
)
def ended_before_print(seen):
    late = seen.alive_at_first_print()
    return not late, f"still running at the print: {', '.join(late)}"
