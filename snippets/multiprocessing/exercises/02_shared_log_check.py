"""What ./dev check requires of 02_shared_log.py (listed on the multiprocessing page).

record() runs in the worker processes, out of the check's sight; the check reads what the
manager's lists and dicts hold when it shuts down (each one the file made), the main module's
`log` after the main block, and sees each worker's start method and exit code. The workers
record in step (the Barrier of work()), so a read-append-write without a lock loses events in
almost every run, and a `log` typed in after the fact does not change what the manager held."""

from multiprocessing.managers import BaseProxy, SyncManager

from harness.exercises.spec import Check

check = Check(start_methods=True, globals_at_end=["log"])

EXPECTED = ["a:0", "a:1", "a:2", "b:0", "b:1", "b:2"]


def plain(value, top=True):
    """A proxy's referent; a proxy inside it is left out (it is read on its own)."""
    if isinstance(value, BaseProxy):
        if not top:
            return None
        value = value._getvalue()
    if isinstance(value, dict):
        return {str(k): plain(v, False) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v, False) for v in value]
    return value


def events_in(value) -> list:
    """Every string inside ``value`` (lists and dict values, at any depth)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list):
        return [e for v in value for e in events_in(v)]
    return []


@check.scenario
def watch_the_manager(module, recorder):
    made = []
    for typeid in ("list", "dict"):
        real = getattr(SyncManager, typeid)

        def make(self, *args, _real=real, **kwargs):
            proxy = _real(self, *args, **kwargs)
            made.append(proxy)
            return proxy

        setattr(SyncManager, typeid, make)
    real_exit = SyncManager.__exit__

    def exit_(self, *exc):
        held = []
        for proxy in made:
            try:
                held.append(plain(proxy))
            except Exception:  # a proxy of another manager, already shut down
                continue
        recorder.record("manager", held=held)
        return real_exit(self, *exc)

    SyncManager.__exit__ = exit_


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
    en="when the manager shuts down, its lists and dicts hold the 6 events, each exactly once",
    zh="管理器关闭时，它的列表和字典里恰好是这 6 个事件，每个一次",
    hint_en="the events must reach the manager: an append() on a manager.list() is one call "
    "to its server; a log rebuilt afterwards in the main process does not count",
    hint_zh="事件必须到达管理器：对 manager.list() 调用 append()，就是向它的服务进程发出一次调用；"
    "事后在主进程里重新拼出的 log 不算数",
)
def held_by_the_manager(seen):
    found = seen.records("manager")
    if not found:
        return False, "no multiprocessing.Manager() was shut down with `with`"
    events = sorted(events_in(found[-1]["held"]))
    return events == EXPECTED, f"the manager held {events}"


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
