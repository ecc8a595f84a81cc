"""What ./dev check requires of 01_pool_cleanup.py (listed on the threadlocal page).

The check puts its own wrapper around handle(): after each request, returned or raised, it reads
what the pool thread still holds in the module's threading.local objects. After the main block
it sends two requests of its own on a fresh thread: one that fails with another exception (no
`path`), then an anonymous one."""

import contextlib
import threading

from harness.exercises.spec import Check

check = Check()

PROBE = [{"id": 4, "user": "mallory"}, {"id": 5, "path": "/home"}]


def held(module):
    """What the current thread holds in the module's threading.local objects."""
    found = {}
    for name, value in list(vars(module).items()):
        if isinstance(value, threading.local):
            found.update(
                {f"{name}.{k}": repr(v) for k, v in vars(value).items()}
            )
    return found


@check.scenario
def watch_handle(module, recorder):
    original = getattr(module, "handle", None)
    if not callable(original):
        return

    def handle(request):
        outcome = "returned"
        try:
            result = original(request)
            outcome = repr(result)
            return result
        except BaseException as exc:
            outcome = type(exc).__name__
            raise
        finally:
            recorder.record(
                "request",
                id=request.get("id"),
                user=request.get("user"),
                thread=threading.current_thread().name,
                outcome=outcome,
                left=held(module),
            )

    module.handle = handle


@check.afterwards
def probe(module, recorder):
    if not callable(getattr(module, "handle", None)):
        return

    def send():
        for request in PROBE:
            with contextlib.suppress(Exception):
                module.handle(dict(request))

    thread = threading.Thread(target=send, name="check-probe")
    thread.start()
    thread.join(timeout=5)


def leftovers(requests):
    """Requests after which the thread still held that request's user."""
    bad = []
    for r in requests:
        if r["user"] and any(v == repr(r["user"]) for v in r["left"].values()):
            bad.append(f"request {r['id']} ({r['outcome']}) left {r['left']}")
    return bad


@check.property(
    en="after each of the three requests, returned or raised, its pool thread no longer "
    "holds that request's user",
    zh="三个请求中的每一个结束之后，无论是正常返回还是引发异常，它的池线程里都不再留有这个请求的用户",
    hint_en="delete the user in a finally: it runs whether handle() returns or raises",
    hint_zh="在 finally 里删除用户：无论 handle() 返回还是引发异常，finally 都会执行",
)
def nothing_left(seen):
    mine = [r for r in seen.records("request") if r["id"] in (1, 2, 3)]
    if len(mine) != 3:
        return False, f"handle() ran for {len(mine)} of the 3 requests"
    bad = leftovers(mine)
    return not bad, "; ".join(bad)


@check.property(
    en="a request that fails with another exception (the check sends one without a `path`) "
    "leaves no user behind either, and the next request on that thread is `anonymous`",
    zh="因为别的异常而失败的请求（检查程序会发送一个没有 `path` 的请求）同样不留下用户，"
    "同一线程上的下一个请求是 `anonymous`",
    hint_en="a finally covers every exception, not only PermissionError",
    hint_zh="finally 对任何异常都有效，而不只是 PermissionError",
)
def any_exception(seen):
    probe = [r for r in seen.records("request") if r["id"] in (4, 5)]
    if len(probe) != 2:
        return (
            False,
            f"handle() ran for {len(probe)} of the check's 2 requests",
        )
    bad = leftovers(probe)
    second = probe[1]["outcome"]
    ok = not bad and second == repr("/home for anonymous")
    return ok, "; ".join([*bad, f"the anonymous request returned {second}"])


@check.property(
    en="`handle()` raises `PermissionError` for request 1 (alice opens /admin) and returns "
    "for requests 2 and 3",
    zh="请求 1（alice 打开 /admin）时 `handle()` 引发 `PermissionError`，请求 2 和 3 正常返回",
    hint_en="let the PermissionError leave handle(): the caller reads it from "
    "future.result(); a string returned in its place hides the failure",
    hint_zh="让 PermissionError 从 handle() 里引发去，调用方从 future.result() 得到它；"
    "用一个字符串代替它返回，会把失败藏起来",
)
def raises_for_admin(seen):
    outcomes = {
        r["id"]: r["outcome"]
        for r in seen.records("request")
        if r["id"] in (1, 2, 3)
    }
    ok = outcomes.get(1) == "PermissionError" and all(
        outcomes.get(n, "").startswith("'") for n in (2, 3)
    )
    return ok, f"outcomes: {outcomes}"
