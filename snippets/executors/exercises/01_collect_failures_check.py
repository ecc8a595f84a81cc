"""What ./dev check requires of 01_collect_failures.py (listed on the executors page).

The check puts a short random pause before each parse_price() call, so that the calls finish in
a different order from run to run, and '' always after 'oops': only an answer that sorts its
failures prints the same lines."""

import random

from harness.exercises.spec import Check

check = Check(watch=["parse_price"])


@check.scenario
def shuffle_the_finishing_order(module, recorder):
    original = module.parse_price
    rng = random.Random(recorder.conditions.seed)

    def parse_price(text):
        # '' (last in sorted order) finishes after 'oops' at every seed: printed in the
        # order they finish, the failures are never sorted by luck
        pause = 0.04 if text == "" else 0.0 if text == "oops" else rng.uniform(0, 0.02)
        recorder.sleep(pause, "parse_price")
        return original(text)

    module.parse_price = parse_price


@check.property(
    en="`parse_price()` is called once for each of the 5 inputs, in the pool's threads",
    zh="5 个输入各调用一次 `parse_price()`，而且是在池的线程里调用",
    hint_en="submit every input to the ThreadPoolExecutor and keep the futures",
    hint_zh="把每个输入都提交给 ThreadPoolExecutor，并保留返回的 Future 对象",
)
def once_each_in_the_pool(seen):
    calls = seen.calls("parse_price")
    args = sorted(c.args for c in calls)
    wanted = sorted(repr(p) for p in ["12", "7", "oops", "30", ""])
    threads = sorted({c.thread for c in calls})
    in_pool = all(t.startswith("ThreadPoolExecutor") for t in threads)
    return args == wanted and in_pool, f"calls {args} in {threads}"


@check.property(
    en="for `'oops'` and `''` it raises `ValueError`, and the program reads that exception "
    "from the future (`parse_price()` itself catches nothing)",
    zh="对 `'oops'` 和 `''`，它抛出 `ValueError`，程序从 Future 对象里读到这个异常"
    "（`parse_price()` 自己不捕获任何异常）",
    hint_en="future.exception() returns the exception without raising it",
    hint_zh="future.exception() 返回异常而不抛出它",
)
def raises_for_the_bad_inputs(seen):
    raised = sorted((c.args, c.error) for c in seen.calls("parse_price") if c.error)
    wanted = [("''", "ValueError"), ("'oops'", "ValueError")]
    return raised == wanted, f"raised: {raised or 'nothing'}"


@check.property(
    en="the lines stay the same when the check shuffles the order in which the calls finish",
    zh="检查程序打乱各次调用的完成顺序时，打印的内容不变",
    hint_en="collect the failures and sort them by input before printing",
    hint_zh="先收集失败的输入，按输入排序后再打印",
)
def sorted_failures(seen):
    failed = [line for line in seen.stdout.splitlines() if line.startswith("failed")]
    return len(failed) == 2 and failed == sorted(failed), f"failure lines: {failed}"
