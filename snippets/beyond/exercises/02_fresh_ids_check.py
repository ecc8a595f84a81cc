"""What ./dev check requires of 02_fresh_ids.py (listed on the beyond page).

The cluster's worker runs as threads of the attempt's process (processes=False): the check sees
every new_id() call and its thread, and reads ``ids`` when the main block has ended."""

from harness.exercises.spec import Check

check = Check(watch=["new_id"], globals_at_end=["ids"])


@check.property(
    en="`new_id()` runs 5 times in the cluster's worker threads, once per job, and the client "
    "(the main thread) never calls it",
    zh="`new_id()` 在集群的工作线程上运行 5 次，每个作业一次，客户端（主线程）一次也不调用它",
    hint_en="submit() with the same function and arguments is one task unless pure=False",
    hint_zh="函数和参数都相同时，submit() 只算一个任务，除非 pure=False",
)
def five_calls_on_the_cluster(seen):
    calls = seen.calls("new_id")
    main = [c for c in calls if c.thread == "MainThread"]
    return len(
        calls
    ) == 5 and not main, f"{len(calls)} calls, {len(main)} on the main thread"


@check.property(
    en="at the end, `ids` holds 5 different IDs",
    zh="结束时，`ids` 里是 5 个互不相同的 ID",
    hint_en="gather the 5 futures' results into ids",
    hint_zh="把 5 个 future 的结果取回到 ids 里",
)
def five_different_ids(seen):
    ids = seen.globals.get("ids")
    if ids is None:
        return False, "no global named ids when the main block ended"
    return ids["len"] == 5 and ids["distinct"] == 5, f"ids = {ids['repr']}"
