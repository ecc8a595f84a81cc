"""What ./dev check requires of 02_stop_on_time.py (listed on the asyncio page)."""

from harness.exercises.spec import Check

check = Check(watch=["fetch", "download"])
TIMEOUT = 0.3


@check.property(
    en="no `fetch()` call starts after the 0.3 s timeout",
    zh="0.3 秒的超时之后，不再开始新的 `fetch()` 调用",
    hint_en="the retry loop must not catch CancelledError",
    hint_zh="重试循环不能捕获 CancelledError",
)
def no_fetch_after_timeout(seen):
    downloads = seen.calls("download")
    if not downloads:
        return False, "download() was never called"
    late = [
        c
        for c in seen.calls("fetch")
        if c.start > downloads[0].start + TIMEOUT + 0.05
    ]
    return not late, f"{len(late)} fetch() calls started after the timeout"


@check.property(
    en="`download()` ends with `CancelledError`, not with a return value",
    zh="`download()` 以 `CancelledError` 结束，而不是返回一个值",
    hint_en="let CancelledError leave download(): catch only ConnectionError",
    hint_zh="让 CancelledError 离开 download()：只捕获 ConnectionError",
)
def download_cancelled(seen):
    downloads = seen.calls("download")
    errors = [c.error for c in downloads]
    return errors == ["CancelledError"], f"download() ended with {errors}"


@check.property(
    en="the line is printed right after the timeout, not after all five attempts",
    zh="这一行在超时之后立即打印，而不是等五次尝试都做完",
    hint_en="wait_for() can only stop a download that lets itself be cancelled",
    hint_zh="wait_for() 只能停下一个允许自己被取消的下载",
)
def printed_on_time(seen):
    downloads = seen.calls("download")
    if not downloads or seen.first_output is None:
        return False, "nothing printed"
    late = seen.first_output - downloads[0].start
    return (
        late < TIMEOUT + 0.2,
        f"printed {late:.2f} s after download() started",
    )
