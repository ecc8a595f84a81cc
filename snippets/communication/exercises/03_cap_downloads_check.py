"""What ./dev check requires of 03_cap_downloads.py (listed on the communication page).

download() is the check's to stretch: staggered starts keep the overlap at 3 only while each
download is quick, and no start or batch schedule survives both ends of the stretch.

"Started together" is judged by what the main thread is doing when a download() ends before the
last thread has started: waiting (in join(), sleep(), a wait() or a get()) means batches or
staggered starts; still inside its loop of start() calls means only that the machine was busy
(a correct answer's 8 starts take a few milliseconds, but a starved process can take longer
than the shortest download)."""

import sys
import threading

from harness.exercises.spec import Check

check = Check(watch=["download"], stretch={"download": (0.5, 3.0)})
WAITS = ("join", "sleep", "wait", "wait_for", "get", "acquire")


def main_thread_waits_in(in_c: str) -> str:
    """The waiting call the main thread is in now ("join", "sleep", ...), or "" when it is
    running, or inside Thread.start() (which waits for the new thread to begin). ``in_c``: the
    built-in waiting function it called, if any (time.sleep, Lock.acquire)."""
    frame = sys._current_frames().get(threading.main_thread().ident)
    waiting = ""
    while frame is not None:
        code = frame.f_code
        if code.co_name == "start" and code.co_filename == threading.__file__:
            return ""
        if not waiting and code.co_name in WAITS:
            waiting = code.co_name
        frame = frame.f_back
    return waiting or in_c


@check.scenario
def note_the_main_thread(module, recorder):
    download, in_c = module.download, {"name": ""}

    def note_c_calls(frame, event, arg):  # the main thread's profile function
        if event == "c_call":
            name = getattr(arg, "__name__", "")
            in_c["name"] = name if name in WAITS else ""
        elif event in ("c_return", "c_exception"):
            in_c["name"] = ""

    def noted_download(*args, **kwargs):
        try:
            return download(*args, **kwargs)
        finally:
            with recorder.lock:
                started = [
                    t for t in recorder.data["threads"] if t["of_attempt"]
                ]
            recorder.record(
                "ended",
                started=len(started),
                main=main_thread_waits_in(in_c["name"]),
            )

    module.download = noted_download
    sys.setprofile(note_c_calls)


@check.property(
    en="at most 3 `download()` calls at a time, and exactly 3 at some point, "
    "even when the check makes `download()` slower or faster",
    zh="同一时刻最多 3 个 `download()` 调用，而且某一时刻确实有 3 个，"
    "检查程序让 `download()` 变慢或变快时也一样",
    hint_en="one BoundedSemaphore(3), created once, around the download in every thread",
    hint_zh="只创建一个 BoundedSemaphore(3)，在每个线程里用它包住下载",
)
def three_at_once(seen):
    count, peak = seen.count("download"), seen.peak("download")
    return (
        count == 8 and peak == 3,
        f"{count} downloads, at most {peak} at once",
    )


@check.property(
    en="all 8 threads have started before the first `download()` ends: "
    "no staggered starts, no batches",
    zh="第一个 `download()` 结束之前，8 个线程都已启动：不能错开启动，也不能分批启动",
    hint_en="start every thread at once and let the semaphore make them wait",
    hint_zh="一次启动全部线程，让信号量去安排它们等待",
)
def started_together(seen):
    starts = [t["start"] for t in seen.attempt_threads()]
    ends = [c.end for c in seen.calls("download") if c.end is not None]
    if len(starts) != 8 or not ends:
        return (
            False,
            f"{len(starts)} threads started, {len(ends)} downloads ended",
        )
    early = [
        e for e in seen.records("ended") if e["started"] < 8 and e["main"]
    ]
    late = max(starts) - min(ends)
    return not early, (
        f"a download ended while the main thread was in {early[0]['main']}(), with "
        f"{early[0]['started']} of 8 threads started"
        if early
        else f"the last thread started {max(late, 0):.2f} s after a download ended"
    )


@check.property(
    en="every thread has ended before the result is printed",
    zh="打印结果之前，每个线程都已结束",
    hint_en="join() every thread before printing",
    hint_zh="打印之前，对每个线程调用 join()",
)
def ended_before_print(seen):
    late = seen.alive_at_first_print()
    return not late, f"still running at the print: {', '.join(late)}"
