"""What ./dev check requires of 02_shared_log.py (listed on the multiprocessing page).

record() runs in the worker processes, out of the check's sight; the check reads the main
module's `log` after the main block, and sees each worker's start method and exit code. The
workers record in step (the Barrier of work()), so a read-append-write without a lock loses
events in almost every run."""

from harness.exercises.spec import Check

check = Check(start_methods=True, globals_at_end=["log"])

EXPECTED = ["a:0", "a:1", "a:2", "b:0", "b:1", "b:2"]


@check.afterwards
def read_log(module, recorder):
    log = getattr(module, "log", None)
    try:
        recorder.record("log", events=[str(e) for e in log])
    except TypeError:
        recorder.record("log", events=None)


@check.property(
    en="at the end, `log` holds the 6 events, each exactly once, even when the two workers "
    "record at the same moment",
    zh="结束时，`log` 里恰好是这 6 个事件，每个一次，即使两个工作进程在同一时刻记录",
    hint_en="store a manager.list() in the dict: its append() runs in the server, one call per "
    "event",
    hint_zh="在字典里存放 manager.list()：它的 append() 在服务进程里执行，每个事件一次调用",
)
def all_events(seen):
    found = seen.records("log")
    events = found[-1]["events"] if found else None
    return events is not None and sorted(events) == EXPECTED, f"log: {events}"


@check.property(
    en="both workers end with exit code 0, under fork, spawn and forkserver",
    zh="两个工作进程都以退出码 0 结束，在 fork、spawn 和 forkserver 下都是如此",
    hint_en="pass the proxies to the workers as arguments, as work() receives them",
    hint_zh="把代理对象作为参数传给工作进程，就像 work() 接收它们那样",
)
def exit_codes(seen):
    workers = [p for p in seen.processes if p["name"].startswith("Process-")]
    codes = [p.get("exitcode") for p in workers]
    return len(codes) == 2 and codes == [0, 0], f"exit codes: {codes}"
