"""What ./dev check requires of 02_back_pressure.py (listed on the communication page).

handle() is the check's to stretch; every queue.Queue.put() is recorded by the check itself:
the queue's size before and after, and whether the put found the queue full (and so had to wait
for a get()), whatever the attempt records in its own `sizes` list."""

import queue

from harness.exercises.spec import Check

check = Check(watch=["handle"], stretch={"handle": (0.5, 3.0)})


@check.scenario
def record_puts(module, recorder):
    original = queue.Queue.put

    def put(self, item, block=True, timeout=None):
        full = self.maxsize > 0 and self.qsize() >= self.maxsize
        entry = {"before": self.qsize(), "full": full, "block": block}
        try:
            original(self, item, block, timeout)
        except queue.Full:
            recorder.record("put", after=self.qsize(), raised="Full", **entry)
            raise
        recorder.record("put", after=self.qsize(), raised=None, **entry)

    queue.Queue.put = put


@check.property(
    en="the queue never holds more than 2 items, checked on every `put()`, "
    "even when `handle()` is made slower",
    zh="每次 `put()` 时查看，队列里都不超过 2 项，`handle()` 被拖慢时也一样",
    hint_en="give the queue a maximum size: Queue(maxsize=2)",
    hint_zh="给队列设一个最大长度：Queue(maxsize=2)",
)
def at_most_two(seen):
    puts = seen.records("put")
    most = max((p["after"] for p in puts), default=0)
    return bool(
        puts
    ) and most <= 2, f"{len(puts)} put() calls, the queue held up to {most}"


@check.property(
    en="`put()` waits while the queue holds 2 items: "
    "the producer is held back, not merely slowed down",
    zh="队列里有 2 项时，`put()` 会等待：生产者是被拦住了，而不只是变慢了",
    hint_en="a sleep in the producer only guesses the consumer's pace; a bounded queue makes "
    "put() wait for it",
    hint_zh="在生产者里 sleep 只是猜测消费者的速度；有界队列让 put() 真正等它",
)
def put_waits(seen):
    waited = [
        p
        for p in seen.records("put")
        if p["full"] and p["block"] and p["before"] == 2
    ]
    dropped = [p for p in seen.records("put") if p["raised"]]
    ok = bool(waited) and not dropped
    return (
        ok,
        f"{len(waited)} put() calls waited on a full queue, {len(dropped)} raised Full",
    )


@check.property(
    en="all 20 items reach `handle()`",
    zh="20 项数据全都交给了 `handle()`",
    hint_en="put() every item, and let the consumer run until the sentinel",
    hint_zh="每项数据都要 put()，让消费者一直运行到取到哨兵值",
)
def all_handled(seen):
    handled = sorted(int(c.args) for c in seen.calls("handle"))
    return handled == list(
        range(20)
    ), f"handle() was called {len(handled)} times"
