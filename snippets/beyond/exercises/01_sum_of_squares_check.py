"""What ./dev check requires of 01_sum_of_squares.py (listed on the beyond page).

The cluster's worker runs as threads of the attempt's process (processes=False), so the check
sees every square() call and the thread that made it; it makes each call a little slower, so a
sum printed without the cluster's results comes too early."""

from harness.exercises.spec import Check

check = Check(watch=["square"])


@check.scenario
def slower_squares(module, recorder):
    square = module.square

    def slow_square(n):
        recorder.sleep(0.01, "square")
        return square(n)

    slow_square.__name__ = slow_square.__qualname__ = "square"
    module.square = slow_square


@check.property(
    en="`square()` runs 100 times in the cluster's worker threads, and the client (the main "
    "thread) never calls it",
    zh="`square()` 在集群的工作线程上运行 100 次，客户端（主线程）一次也不调用它",
    hint_en="client.map(square, ...) sends the calls to the cluster; sum() needs their results",
    hint_zh="client.map(square, ...) 把调用交给集群；sum() 需要的是它们的结果",
)
def runs_on_the_cluster(seen):
    calls = seen.calls("square")
    main = [c for c in calls if c.thread == "MainThread"]
    return (
        len(calls) == 100 and not main,
        f"{len(calls)} calls, {len(main)} on the main thread",
    )


@check.property(
    en="the sum is printed after all 100 calls have ended, and is made from their results "
    "(the check makes `square()` slower)",
    zh="和是在这 100 次调用全部结束之后才打印的，用的是它们的结果（检查会让 `square()` 变慢）",
    hint_en="client.gather(futures) waits for the results and brings them back",
    hint_zh="client.gather(futures) 会等待并取回结果",
)
def printed_after_the_calls(seen):
    ends = [c.end for c in seen.calls("square") if c.end is not None]
    if seen.first_output is None or len(ends) < 100:
        return False, f"{len(ends)} calls had ended"
    early = seen.first_output - max(ends)
    return (
        early > 0,
        f"printed {-early:.3f} s before the last call ended"
        if early <= 0
        else "",
    )
