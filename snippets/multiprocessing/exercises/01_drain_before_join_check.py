"""What ./dev check requires of 01_drain_before_join.py (listed on the multiprocessing page).

The workers are processes: the check sees each Process.join() (whether the worker was still
alive when it returned), each worker's start method and exit code, and, after the main block,
the length of each report in the main module's `reports`."""

from harness.exercises.spec import Check

check = Check(start_methods=True, globals_at_end=["reports"])


@check.afterwards
def measure_reports(module, recorder):
    reports = getattr(module, "reports", None)
    if isinstance(reports, dict):
        sizes = {str(n): len(text) for n, text in reports.items()}
        recorder.record(
            "reports", sizes=sizes, size=getattr(module, "SIZE", None)
        )


def workers(seen):
    return [p for p in seen.processes if p["name"].startswith("Process-")]


@check.property(
    en="no worker process is still running when `join()` has returned",
    zh="`join()` 返回时，没有工作进程还在运行",
    hint_en="get() every report from the queue first, then join() the workers",
    hint_zh="先从队列里 get() 出全部报告，再 join() 工作进程",
)
def joined_when_ended(seen):
    joins = seen.records("join")
    alive = sorted({j["name"] for j in joins if j["alive"]})
    ended = {j["name"] for j in joins if not j["alive"]}
    if len(ended) < 2:
        return False, f"{len(ended)} worker(s) joined after they ended"
    return not alive, f"still running after join(): {alive}"


@check.property(
    en="both reports reach the main process, complete, at 200,000 characters each (more "
    "than an OS pipe holds)",
    zh="两份报告都完整地到达主进程，每份 200,000 个字符（比操作系统的管道能容纳的多）",
    hint_en="read as many reports as there are workers, with get(timeout=...); a smaller "
    "report only hides the problem",
    hint_zh="工作进程有几个，就用 get(timeout=...) 读几份报告；把报告改小只是把问题藏了起来",
)
def reports_complete(seen):
    found = seen.records("reports")
    if not found:
        return False, "no `reports` dictionary in the main module"
    sizes, size = found[-1]["sizes"], found[-1]["size"]
    ok = sorted(sizes) == ["0", "1"] and all(
        v == size == 200_000 for v in sizes.values()
    )
    return ok, f"report sizes: {sizes} (SIZE = {size})"


@check.property(
    en="every worker ends with exit code 0: none is terminated or killed",
    zh="每个工作进程都以退出码 0 结束：没有一个被 `terminate()` 或 `kill()`",
    hint_en="a worker ends by itself once its report has been read; terminate() loses it",
    hint_zh="报告被读走之后，工作进程会自己结束；terminate() 会让报告丢失",
)
def exit_codes(seen):
    codes = [p.get("exitcode") for p in workers(seen)]
    return len(codes) == 2 and codes == [0, 0], f"exit codes: {codes}"
