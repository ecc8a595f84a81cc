"""What ./dev check requires of 01_load_once.py (listed on the gil page).

The check puts its own load() in the attempt's place: the same slow call (its pause is the
check's to stretch), so deleting the sleep from the file does not make the race go away."""

from harness.exercises.spec import Check

check = Check(watch=["load"], stretch={"load": (1.0, 3.0)})

KEYS = ["alpha", "beta", "gamma", "delta"]


@check.scenario
def slow_load(module, recorder):
    def load(key):  # slow: reads a file, asks a server
        module.loads.append(key)
        recorder.sleep(0.01, "load")
        return key.upper()

    module.load = load


@check.property(
    en="`load()` is called once per key, 4 calls in all, even with pauses between lines, a "
    "tiny switch interval and the check's own slow `load()`",
    zh="每个键只调用一次 `load()`，一共 4 次，代码行之间有停顿、线程切换间隔极短、"
    "换上检查程序自己的慢速 `load()` 时也一样",
    hint_en="the check `key not in cache` and the load belong under the same lock, the "
    "lock of that key, created once",
    hint_zh="检查 key not in cache 和调用 load() 要在同一把锁下进行，"
    "这把锁是这个键的锁，只创建一次",
)
def once_per_key(seen):
    keys = sorted(c.args.strip("'") for c in seen.calls("load"))
    return keys == sorted(KEYS), f"load() calls: {keys}"


@check.property(
    en="loads of different keys overlap: one lock around every `get()` does not count",
    zh="不同键的 `load()` 调用在时间上互相重叠：用一把锁包住所有 `get()` 不算数",
    hint_en="one lock per key: a thread waits only for the threads loading its own key",
    hint_zh="每个键一把锁：线程只等正在加载同一个键的线程",
)
def loads_overlap(seen):
    peak = seen.peak("load")
    return peak >= 2, f"at most {peak} load() calls at once"
