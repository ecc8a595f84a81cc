"""What ./dev check requires of 01_blocking_reads.py (listed on the asyncio page)."""

from harness.exercises.spec import Check

check = Check(
    watch=["read_sensor", "beat"], stretch={"read_sensor": (0.5, 2.0)}
)


@check.property(
    en="every `read_sensor()` call runs outside the event loop's thread",
    zh="每个 `read_sensor()` 调用都在事件循环的线程之外运行",
    hint_en="await asyncio.to_thread(read_sensor, name) runs it in a worker thread",
    hint_zh="await asyncio.to_thread(read_sensor, name) 在工作线程里执行它",
)
def outside_the_loop(seen):
    calls = seen.calls("read_sensor")
    inside = [c.args for c in calls if c.thread == "MainThread"]
    return len(
        calls
    ) == 3 and not inside, f"{len(inside)} of {len(calls)} calls in MainThread"


@check.property(
    en="the three `read_sensor()` calls run at the same time",
    zh="三个 `read_sensor()` 调用同时进行",
    hint_en="start all three with gather() before awaiting any",
    hint_zh="用 gather() 一起启动三个读取，而不是逐个 await",
)
def together(seen):
    return seen.peak(
        "read_sensor"
    ) == 3, f"at most {seen.peak('read_sensor')} at once"


@check.property(
    en="`beat()` is called by the heartbeat on the event loop's thread while the "
    "`read_sensor()` calls are running",
    zh="`read_sensor()` 调用进行期间，心跳仍在事件循环的线程上调用 `beat()`",
    hint_en="a blocking call in a coroutine stops the loop: move it to a thread",
    hint_zh="协程里的阻塞调用会让事件循环停下：把它放到线程里",
)
def loop_keeps_running(seen):
    reads = seen.calls("read_sensor")
    if not reads or any(c.end is None for c in reads):
        return False, "no finished read_sensor() call"
    low, high = min(c.start for c in reads), max(c.end for c in reads)
    during = [b for b in seen.calls("beat") if low < b.start < high]
    on_loop = [b for b in during if b.thread == "MainThread"]
    return on_loop != [], (
        f"{len(on_loop)} beat() calls on the loop's thread during the reads "
        f"({len(during) - len(on_loop)} from other threads)"
    )
