"""What ./dev check requires of 01_collect_failures.py (listed on the executors page).

The check owns the inputs: it adds a good price and a bad one to `PRICES`, a different pair at
each seed, in a shuffled order, and computes the lines a correct answer prints for that list,
so lines typed in from the page fail. It puts a short pause before each parse_price() call, so
that the calls finish in a different order from run to run, and the bad input that sorts first
always finishes last: only an answer that sorts its failures prints the right lines."""

import random

from harness.exercises.spec import Check

check = Check(watch=["parse_price"])
EXTRA_BAD = ("1.5", "twelve", "3 4", "0x1f")


def is_price(text):
    try:
        int(text)
    except ValueError:
        return False
    return True


@check.scenario
def other_prices(module, recorder):
    original = module.parse_price
    rng = random.Random(recorder.conditions.seed)
    prices = list(getattr(module, "PRICES", []))
    prices += [str(rng.randint(2, 99)), rng.choice(EXTRA_BAD)]
    rng.shuffle(prices)
    module.PRICES = prices
    recorder.record("prices", prices=prices)
    bad = sorted((p for p in prices if not is_price(p)), key=repr)

    def parse_price(text):
        # the bad input that sorts first finishes last, the one that sorts last first: printed
        # in the order they finish, the failures are never sorted by luck
        if bad and text == bad[0]:
            pause = 0.1
        elif bad and text == bad[-1]:
            pause = 0.0
        else:
            pause = rng.uniform(0, 0.02)
        recorder.sleep(pause, "parse_price")
        return original(text)

    module.parse_price = parse_price


def prices(seen):
    found = seen.records("prices")
    return found[-1]["prices"] if found else []


@check.expected
def lines_for_these_prices(shown, seen):
    good = [int(p) for p in prices(seen) if is_price(p)]
    lines = [f"total of {len(good)} prices: {sum(good)}"]
    bad = sorted(repr(p) for p in prices(seen) if not is_price(p))
    return "\n".join(lines + [f"failed {b}: ValueError" for b in bad]) + "\n"


@check.property(
    en="`parse_price()` is called once for each input, in the pool's threads (the check adds "
    "a good and a bad price to `PRICES`, another pair at each seed)",
    zh="每个输入各调用一次 `parse_price()`，而且是在池的线程里调用（检查程序会往 `PRICES` "
    "里加一个正确的价格和一个错误的价格，每个种子都不一样）",
    hint_en="submit every input of PRICES to the ThreadPoolExecutor and keep the futures",
    hint_zh="把 PRICES 里的每个输入都提交给 ThreadPoolExecutor，并保留返回的 Future 对象",
)
def once_each_in_the_pool(seen):
    calls = seen.calls("parse_price")
    args = sorted(c.args for c in calls)
    wanted = sorted(repr(p) for p in prices(seen))
    threads = sorted({c.thread for c in calls})
    in_pool = all(t.startswith("ThreadPoolExecutor") for t in threads)
    return (
        args == wanted and in_pool,
        f"calls {args} in {threads}; PRICES {wanted}",
    )


@check.property(
    en="for each input that is not a whole number it raises `ValueError`, and the program "
    "reads that exception from the future (`parse_price()` itself catches nothing)",
    zh="对每个不是整数的输入，它引发 `ValueError`，程序从 Future 对象里读到这个异常"
    "（`parse_price()` 自己不捕获任何异常）",
    hint_en="future.exception() returns the exception without raising it",
    hint_zh="future.exception() 返回异常而不引发它",
)
def raises_for_the_bad_inputs(seen):
    raised = sorted(
        (c.args, c.error) for c in seen.calls("parse_price") if c.error
    )
    wanted = sorted(
        (repr(p), "ValueError") for p in prices(seen) if not is_price(p)
    )
    return raised == wanted, f"raised: {raised or 'nothing'}"


@check.property(
    en="the lines stay the same when the check shuffles the order in which the calls finish",
    zh="检查程序打乱各次调用的完成顺序时，打印的内容不变",
    hint_en="collect the failures and sort them by input before printing",
    hint_zh="先收集失败的输入，按输入排序后再打印",
)
def sorted_failures(seen):
    failed = [
        line for line in seen.stdout.splitlines() if line.startswith("failed")
    ]
    bad = [p for p in prices(seen) if not is_price(p)]
    ok = len(failed) == len(bad) and failed == sorted(failed)
    return ok, f"failure lines: {failed}"
