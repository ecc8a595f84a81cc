"""What ./dev check requires of 02_waiting_in_threads.py (listed on the processes page).

fetch() is watched in the main process: each call's thread, start and end. Its wait is the
check's to stretch (up to 6 times longer), and the main block's own sleeps last a tenth as long,
so results read after a fixed sleep come too early at every seed.
Every process the file starts is seen too.

In the main process the check holds each fetch() call at its start until all the pages have
arrived (at most GATE seconds): with one thread per page, all the waits then overlap however
slowly a busy machine starts the threads, and a smaller pool still shows as fewer at once. The
file sees 2 CPUs (os.cpu_count()), whatever the machine has, so a pool of the default size is
the same size everywhere."""

import os
import threading

from harness.exercises.spec import Check

check = Check(watch=["fetch"], stretch={"fetch": (1.0, 6.0)}, main_sleeps=0.1)
GATE = 1.0


@check.scenario
def gate_fetch(module, recorder):
    # the same default pool size on every machine (min(32, 2 + 4) threads): a pool left at
    # its default size is too small here as it is on a 2-core laptop, not only on some
    os.cpu_count = lambda: 2
    if hasattr(os, "process_cpu_count"):
        os.process_cpu_count = lambda: 2
    original = getattr(module, "fetch", None)
    if not callable(original):
        return
    pages = len(getattr(module, "PAGES", range(20)))
    arrived = threading.Condition()
    count = [0]

    def fetch(page):
        if os.getpid() == recorder.pid:  # not in a worker process
            with arrived:
                count[0] += 1
                arrived.notify_all()
                arrived.wait_for(lambda: count[0] >= pages, timeout=GATE)
        return original(page)

    module.fetch = fetch


@check.property(
    en="the 20 pages are fetched in threads of the main process: no process is started",
    zh="20 个页面都在主进程的线程里获取：不启动任何进程",
    hint_en="waiting needs no CPU: a ThreadPoolExecutor, not a ProcessPoolExecutor",
    hint_zh="等待不需要 CPU：用 ThreadPoolExecutor，而不是 ProcessPoolExecutor",
)
def in_threads(seen):
    calls = seen.calls("fetch")
    threads = {c.thread for c in calls}
    ok = (
        not seen.processes and len(calls) == 20 and "MainThread" not in threads
    )
    return ok, (
        f"{len(seen.processes)} process(es) started; fetch() ran {len(calls)} times "
        f"in the main process, in {len(threads)} thread(s)"
    )


@check.property(
    en="all 20 waits go on at the same moment, also when the check makes each wait longer",
    zh="20 次等待同时进行，检查程序把每次等待拉长时也一样",
    hint_en="give the pool one thread per page: max_workers=len(PAGES)",
    hint_zh="给池里每个页面一个线程：max_workers=len(PAGES)",
)
def all_at_once(seen):
    peak = seen.peak("fetch")
    return peak == 20, f"at most {peak} fetch() calls at once"


@check.property(
    en="every `fetch()` has returned before the first line is printed",
    zh="打印第一行之前，每个 `fetch()` 都已返回",
    hint_en="let pool.map() hand back the results: it waits for each of them",
    hint_zh="让 pool.map() 交回结果：它会等每一个结果",
)
def ended_before_print(seen):
    calls = seen.calls("fetch")
    first = seen.first_output
    if not calls or first is None:
        return False, f"fetch() ran {len(calls)} times in the main process"
    late = [c.args for c in calls if c.end is None or c.end > first]
    return (
        not late,
        f"still waiting at the first print: fetch({', '.join(late[:5])})",
    )
