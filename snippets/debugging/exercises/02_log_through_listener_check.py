"""What ./dev check requires of 02_log_through_listener.py (listed on the debugging page).

Only the main process's sys.stdout is recorded, so a line printed by a worker process appears in
the program's output but not among the recorded writes.
"""

from harness.exercises.spec import Check

check = Check(watch=["show", "work"], start_methods=True)


def recorded_lines(seen):
    """The lines the main process wrote to its sys.stdout."""
    return [
        line for w in seen.writes for line in w[2].splitlines() if line.strip()
    ]


@check.property(
    en="every log line is written by the main process",
    zh="每一行日志都由主进程写出",
    hint_en="workers put their records into a queue (QueueHandler); a QueueListener in the "
    "main process writes them",
    hint_zh="工作进程把日志记录放进队列（QueueHandler），由主进程里的 QueueListener 写出",
)
def main_process_writes(seen):
    printed = [line for line in seen.stdout.splitlines() if line]
    mine = recorded_lines(seen)
    return len(printed) == len(mine) > 0, (
        f"{len(printed) - len(mine)} of {len(printed)} lines came from another process"
    )


@check.property(
    en="the worker processes run and end cleanly under spawn and under forkserver",
    zh="工作进程在 spawn 和 forkserver 下都能正常运行、正常结束",
    hint_en="pass the queue to each worker as an argument; a child started with spawn or "
    "forkserver does not see the parent's globals",
    hint_zh="把队列作为参数传给每个工作进程；spawn 或 forkserver 启动的子进程看不到父进程的全局变量",
)
def workers_clean(seen):
    codes = {p["name"]: p.get("exitcode") for p in seen.processes}
    return len(codes) >= 2 and all(
        c == 0 for c in codes.values()
    ), f"exit codes {codes}"


@check.property(
    en="all workers done is the last line, printed after the listener's thread has ended",
    zh="all workers done 是最后一行，在监听器的线程结束之后才打印",
    hint_en="call listener.stop() after joining the workers, before the last line",
    hint_zh="join() 工作进程之后、打印最后一行之前，调用 listener.stop()",
)
def listener_stopped_first(seen):
    lines = recorded_lines(seen)
    if not lines or "all workers done" not in lines[-1]:
        return False, f"the last line is {lines[-1:]}"
    last = seen.last_output
    listeners = [t for t in seen.threads if t["target"] == "_monitor"]
    if not listeners:
        return False, "no QueueListener thread was started"
    late = [
        t["name"] for t in listeners if t["end"] is None or t["end"] > last
    ]
    return not late, f"still running at the last line: {late}"
