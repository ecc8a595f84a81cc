"""What ./dev check requires of 02_fail_not_hang.py (listed on the testing page).

The answer is a test. After the file's own run, the check runs the file's unittest tests once
with each `squares()` below in place of the file's: its own correct one, two that never return
(their threads are daemon threads, so that the run can still end) and one that loses the last
result. A test on a version that never returns is given 5 s to fail."""

import queue
import threading

from harness.exercises.spec import Check

STOP = object()


def squares(numbers):
    tasks, results = queue.Queue(), []

    def work():
        for number in iter(tasks.get, STOP):
            results.append(number**2)

    worker = threading.Thread(target=work, daemon=True)
    worker.start()
    for number in [*numbers, STOP]:
        tasks.put(number)
    worker.join()
    return results


def never_stops(numbers):
    tasks, results = queue.Queue(), []

    def work():
        while True:
            results.append(tasks.get() ** 2)

    worker = threading.Thread(target=work, daemon=True)
    worker.start()
    for number in numbers:
        tasks.put(number)  # and no signal to stop
    worker.join()
    return results


def lock_taken_twice(numbers):
    lock, results = threading.Lock(), []

    def record(value):
        with lock:
            results.append(value)

    def work():
        for number in numbers:
            with lock:
                record(number**2)  # takes the lock it holds: waits forever

    worker = threading.Thread(target=work, daemon=True)
    worker.start()
    worker.join()
    return results


def loses_the_last(numbers):
    tasks, results = queue.Queue(), []

    def work():
        for number in iter(tasks.get, STOP):
            results.append(number**2)

    worker = threading.Thread(target=work, daemon=True)
    worker.start()
    for number in [*numbers[:-1], STOP, *numbers[-1:]]:  # stops too early
        tasks.put(number)
    worker.join()
    return results


check = Check()
check.tests_against(
    "squares",
    {
        "correct": squares,
        "never_stops": never_stops,
        "lock_taken_twice": lock_taken_twice,
        "loses_the_last": loses_the_last,
    },
    ceiling=5.0,
)


@check.property(
    en="the tests pass on a correct `squares()` (the check's own), even when they are run "
    "from another thread, as some test runners do",
    zh="测试在正确的 `squares()`（检查程序自己的版本）上通过，"
    "在另一个线程里运行测试时也一样（有些测试运行器就是这样做的）",
    hint_en="assert on the result and on your own thread, not on how many threads the "
    "process has",
    hint_zh="断言结果和你自己启动的线程，而不是进程里一共有几个线程",
)
def passes_on_correct(seen):
    return seen.tests_outcome("correct", True, "squares()")


@check.property(
    en="the tests fail within 5 s on a `squares()` that never sends its worker the signal "
    "to stop",
    zh="对从不给工作线程发送停止信号的 `squares()`，测试在 5 秒内失败",
    hint_en="call squares() in a daemon thread, join(timeout=2), then assert that the "
    "thread is no longer alive",
    hint_zh="在守护线程里调用 squares()，join(timeout=2)，再断言这个线程已经不再存活",
)
def fails_on_never_stops(seen):
    return seen.tests_outcome("never_stops", False, "squares()")


@check.property(
    en="the tests fail within 5 s on a `squares()` whose worker takes its own lock twice",
    zh="对工作线程两次获取自己那把锁的 `squares()`，测试在 5 秒内失败",
    hint_en="an exception raised in another thread (a Timer) does not stop the test: "
    "the thread that waits must be one the test can give up on",
    hint_zh="在另一个线程（例如 Timer）里引发的异常不会让测试停下：等待的必须是"
    "测试可以放弃的那个线程",
)
def fails_on_lock_taken_twice(seen):
    return seen.tests_outcome("lock_taken_twice", False, "squares()")


@check.property(
    en="the tests fail on a `squares()` that loses the last result",
    zh="测试在丢掉最后一个结果的 `squares()` 上失败",
    hint_en="after the timeout check, assert the result too",
    hint_zh="检查完超时之后，还要断言结果",
)
def fails_on_loses_the_last(seen):
    return seen.tests_outcome("loses_the_last", False, "squares()")
