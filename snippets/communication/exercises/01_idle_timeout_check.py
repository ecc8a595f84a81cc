"""What ./dev check requires of 01_idle_timeout.py (listed on the communication page).

slow_moment() is the check's to stretch (up to 3 s, below the solution's 5 s safety net);
every get() on a queue.Queue is recorded, so a consumer that stops on queue.Empty is seen."""

from harness.exercises.spec import Check

check = Check(
    watch=["handle", "slow_moment"],
    stretch={"slow_moment": (0.5, 6.0)},
    queues=True,
)


@check.property(
    en="every one of the 6 items reaches `handle()` exactly once, "
    "even when `slow_moment()` is made much longer",
    zh="6 项数据每一项都恰好交给 `handle()` 一次，`slow_moment()` 被拉长很多时也一样",
    hint_en="a consumer that gives up after a quiet moment misses the items that come later",
    hint_zh="安静一会儿就放弃的消费者，会错过之后才来的数据",
)
def every_item_once(seen):
    handled = sorted(c.args for c in seen.calls("handle"))
    wanted = sorted(str(n) for n in range(6))
    return handled == wanted, f"handle() got {', '.join(handled) or 'nothing'}"


@check.property(
    en="each consumer stops on a sentinel it got from the queue, "
    "not because `get()` timed out (`queue.Empty`)",
    zh="每个消费者都是因为从队列里取到哨兵值才退出，而不是因为 `get()` 超时（`queue.Empty`）",
    hint_en="after joining the producer, put one sentinel per consumer; "
    "stop the loop when get() returns it",
    hint_zh="对生产者 join() 之后，每个消费者放一个哨兵值；get() 取到它时结束循环",
)
def stops_on_a_sentinel(seen):
    handled = {c.args for c in seen.calls("handle")}
    gets = {}
    for g in seen.records("get"):
        if g["thread"] != "MainThread":
            gets.setdefault(g["thread"], []).append(g)
    if len(gets) < 2:
        return False, f"{len(gets)} consumer threads called get()"
    timed_out = [t for t, gs in gets.items() if any(g["empty"] for g in gs)]
    if timed_out:
        return (
            False,
            f"get() raised queue.Empty in {', '.join(sorted(timed_out))}",
        )
    last = {t: gs[-1]["item"] for t, gs in gets.items()}
    not_sentinel = [t for t, item in last.items() if item in handled]
    return not not_sentinel, f"the last item each consumer got: {last}"


@check.property(
    en="every thread has ended before the count is printed",
    zh="打印计数之前，每个线程都已结束",
    hint_en="join the consumers after putting the sentinels, then print",
    hint_zh="放入哨兵值之后对消费者 join()，再打印",
)
def ended_before_print(seen):
    late = seen.alive_at_first_print()
    return not late, f"still running at the print: {', '.join(late)}"
