"""What ./dev check requires of 01_sentinel_stop.py (listed on the distributed page).

The worker runs in a spawned process, but every get() it makes on the task queue runs in the
master's manager server, where the check sees it; late_batch_pause() is the check's to stretch."""

from harness.exercises.spec import Check

check = Check(
    watch=["late_batch_pause"],
    stretch={"late_batch_pause": (0.5, 4.0)},
    queues=True,
)


@check.scenario
def note_the_queues(module, recorder):
    recorder.record(
        "queues", tasks=id(module.task_queue), results=id(module.result_queue)
    )


def gets(seen, which):
    queues = seen.records("queues")
    wanted = queues[0][which] if queues else None
    return [g for g in seen.records("get") if g["queue"] == wanted]


@check.property(
    en="both batches are processed: the worker calls `square()` 6 times, the late batch included, "
    "even when the check stretches `late_batch_pause()` to several seconds",
    zh="两批任务都被处理：工作进程调用 `square()` 6 次，包括暂停之后的那一批，即使检查把 `late_batch_pause()` 拉长到几秒",
    hint_en="a worker that waits for a timeout guesses how late the next batch is; a sentinel tells it",
    hint_zh="靠超时判断的工作进程只能猜下一批任务会迟到多久；哨兵值明确告诉它",
)
def both_batches(seen):
    results = [g for g in gets(seen, "results") if not g["empty"]]
    paused = seen.calls("late_batch_pause")
    if len(paused) != 1:
        return False, f"late_batch_pause() called {len(paused)} times"
    late = [g for g in results if g["end"] > paused[0].end]
    return len(results) == 6 and len(late) == 3, (
        f"{len(results)} results, {len(late)} of them after the pause"
    )


@check.property(
    en="the worker's `get()` never times out: the worker stops because it took the sentinel",
    zh="工作进程的 `get()` 从不超时：它是因为取到哨兵值才停下的",
    hint_en="put one sentinel per worker after the last task, and stop the loop when it arrives",
    hint_zh="最后一个任务之后，为每个工作进程放一个哨兵值，取到它时结束循环",
)
def stops_on_the_sentinel(seen):
    taken = gets(seen, "tasks")
    timed_out = [g for g in taken if g["empty"]]
    last = next((g["item"] for g in reversed(taken) if not g["empty"]), None)
    ok = not timed_out and last == "None"
    return ok, (
        f"{len(timed_out)} get() on the task queue raised queue.Empty; the last item "
        f"taken was {last}"
    )


@check.property(
    en="the worker exits, with status 0, right after the last batch is done, not after an idle wait",
    zh="最后一批任务做完后，工作进程立即退出，退出码为 0，而不是再空等一段时间",
    hint_en="the sentinel ends the loop at once; a timeout keeps the worker waiting for nothing",
    hint_zh="哨兵值让循环立刻结束；超时会让工作进程白白再等一段时间",
)
def exits_at_once(seen):
    taken = [g for g in gets(seen, "tasks") if not g["empty"]]
    joins = [j for j in seen.records("join") if not j["alive"]]
    if not taken or not joins:
        return (
            False,
            "the worker was never joined" if taken else "no task was taken",
        )
    late = joins[0]["time"] - taken[-1]["end"]
    ok = late < 0.8 and joins[0]["exitcode"] == 0
    return (
        ok,
        f"exit code {joins[0]['exitcode']}, {late:.2f} s after it took its last item",
    )
