"""What ./dev check requires of 01_stop_on_ctrl_c.py (listed on the debugging page).

The check owns the scenario: its own press_ctrl_c_after() sends SIGINT while Worker-1 is inside
handle() and notes when, and that item lasts until the program prints (at most 0.4 s), so an answer
that does not really wait for the workers prints while Worker-1 is still busy, however late it
prints. (Pressing at any moment let Worker-1 sit between two items, see the Event and end before a
sleeping main thread looked: a wrong answer passed once in CI.)
"""

import signal
import threading
import time

from harness.exercises.recorder import REAL_SLEEP
from harness.exercises.spec import Check

check = Check(
    watch=["handle"],
    stretch={"handle": (0.5, 5.0)},
    cannot_check_on={
        "win32": {
            "en": "the exercise presses Ctrl-C with signal.pthread_kill(), which Windows "
            "lacks; Windows delivers Ctrl-C to a console process, not to a thread. Check it "
            "on Linux or macOS (WSL works)",
            "zh": "这道题用 signal.pthread_kill() 模拟按下 Ctrl-C，Windows 没有这个函数；"
            "Windows 把 Ctrl-C 发给控制台进程，而不是某个线程。请在 Linux 或 macOS"
            "（或 WSL）上检查",
        }
    },
)


@check.scenario
def scenario(module, rec):
    pressed = threading.Event()
    lock = threading.Lock()
    # is Worker-1 inside handle() now; is that call the one to slow down
    busy = {"now": False, "slow": False}
    real_handle = module.handle

    def press_ctrl_c_after(seconds):
        main = threading.main_thread().ident

        def press():
            # wait (at most 0.5 s) until Worker-1 is inside handle()
            until = time.monotonic() + 0.5
            while time.monotonic() < until:
                with lock:
                    if busy["now"]:
                        busy["slow"] = True
                        break
                REAL_SLEEP(0.001)
            rec.record("ctrl_c")
            pressed.set()
            signal.pthread_kill(main, signal.SIGINT)

        threading.Timer(seconds, press).start()

    def handle(item):
        if threading.current_thread().name != "Worker-1":
            return real_handle(item)
        with lock:
            busy["now"] = True
        result = real_handle(item)
        with lock:
            busy["now"], slow, busy["slow"] = False, busy["slow"], False
        # the call busy at Ctrl-C lasts until the program prints (at most 0.4 s)
        until = time.monotonic() + 0.4
        while slow and not rec.data["writes"] and time.monotonic() < until:
            REAL_SLEEP(0.005)
        return result

    module.press_ctrl_c_after = press_ctrl_c_after
    module.handle = handle


def ctrl_c_time(seen):
    pressed = seen.records("ctrl_c")
    return pressed[0]["time"] if pressed else None


@check.property(
    en="before the Ctrl-C, both workers were calling handle()",
    zh="按下 Ctrl-C 之前，两个工作线程都在调用 handle()",
    hint_en="the work happens in the worker threads, one handle() call per item",
    hint_zh="工作要在工作线程里做，每一项调用一次 handle()",
)
def both_working(seen):
    t = ctrl_c_time(seen)
    if t is None:
        return False, "press_ctrl_c_after() was never called"
    threads = sorted({c.thread for c in seen.calls("handle") if c.start < t})
    return len(threads) >= 2, f"handle() ran in {threads} before the Ctrl-C"


@check.property(
    en="after the Ctrl-C, each worker starts at most two more handle() calls",
    zh="按下 Ctrl-C 之后，每个工作线程最多再开始两次 handle() 调用",
    hint_en="let Ctrl-C set an Event, and check it before each item",
    hint_zh="让 Ctrl-C 设置一个 Event，每一项之前检查它",
)
def stops_soon(seen):
    """Two, not one: Python runs the handler in the main thread only at its next bytecode, so
    a worker may pass its check of the Event once more before the handler sets it (seen under
    the shaker: a correct answer started 2 calls after the signal was sent)."""
    t = ctrl_c_time(seen)
    if t is None:
        return False, "press_ctrl_c_after() was never called"
    after = {}
    for c in seen.calls("handle"):
        if c.start > t:
            after[c.thread] = after.get(c.thread, 0) + 1
    return all(
        n <= 2 for n in after.values()
    ), f"handle() calls after Ctrl-C: {after}"


@check.property(
    en="every worker thread has ended before the results are printed, even when an item "
    "takes longer",
    zh="打印结果之前，每个工作线程都已结束，即使某一项耗时更长",
    hint_en="join() the workers; on 3.9 to 3.12 a join() interrupted by Ctrl-C cannot be "
    "trusted",
    hint_zh="对工作线程调用 join()；在 3.9 到 3.12 上，被 Ctrl-C 打断的 join() 不可信",
)
def ended_before_print(seen):
    alive = seen.alive_at_first_print()
    if seen.first_output is None:
        return False, "nothing was printed"
    return not alive, f"still running at the first print: {alive}"


@check.property(
    en="the program ends within 1 s of the Ctrl-C",
    zh="程序在 Ctrl-C 之后 1 秒内结束",
    hint_en="the workers must stop, not run their whole list",
    hint_zh="工作线程要停下来，而不是把整张清单做完",
)
def ends_soon(seen):
    t = ctrl_c_time(seen)
    if t is None or seen.exit is None:
        return False, "no Ctrl-C, or no end, was recorded"
    return seen.exit - t < 1.0, f"ended {seen.exit - t:.2f} s after the Ctrl-C"
