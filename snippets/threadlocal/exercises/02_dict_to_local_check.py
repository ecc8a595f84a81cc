"""What ./dev check requires of 02_dict_to_local.py (listed on the threadlocal page).

After the main block the check runs the file's own functions on threads of its own: two threads
with the same name that each start a session and read it back while both are alive, and a thread
that only starts a session and ends, as a thread that fails half-way would (no clean-up code of
the file runs). A weak reference tells whether that session outlives its thread."""

import gc
import threading
import time
import weakref

from harness.exercises.spec import Check

check = Check()


def same_name_threads(module, recorder):
    both = threading.Barrier(2)
    seen = {}

    def work(user):
        try:
            module.start_session(user)
            both.wait(timeout=5)
            seen[user] = module.current_session().user
            both.wait(timeout=5)
        except Exception as exc:
            seen[user] = f"{type(exc).__name__}: {exc}"

    threads = [
        threading.Thread(target=work, args=(user,), name="worker")
        for user in ("dave", "erin")
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=5)
    recorder.record("same_name", seen=seen)


def abandoned_session(module, recorder):
    refs = []

    def work():
        try:
            module.start_session("frank")
            refs.append(weakref.ref(module.current_session()))
        except Exception as exc:
            refs.append(f"{type(exc).__name__}: {exc}")

    thread = threading.Thread(target=work, name="check-fails-half-way")
    thread.start()
    thread.join(timeout=5)
    alive = thread.is_alive()
    ref = refs[0] if refs else "no session was started"
    if isinstance(ref, str):
        recorder.record("abandoned", error=ref)
        return
    # CPython frees it before join() returns; a busy machine gets 1 s
    for k in range(50):
        if k in (0, 25):
            gc.collect()  # in case of a reference cycle
        if ref() is None:
            break
        time.sleep(0.02)
    recorder.record(
        "abandoned", error=None, freed=ref() is None, thread_alive=alive
    )


@check.afterwards
def probes(module, recorder):
    if not all(
        callable(getattr(module, f, None))
        for f in ("start_session", "current_session")
    ):
        return
    same_name_threads(module, recorder)
    abandoned_session(module, recorder)


@check.property(
    en="each thread sees only its own session, even two threads with the same name running "
    "at the same time",
    zh="每个线程只看到自己的会话，即使两个同名的线程同时运行",
    hint_en="store the session as an attribute of one threading.local(): it is kept per "
    "thread, whatever the thread is called",
    hint_zh="把会话存为同一个 threading.local() 的属性：它按线程保存，与线程叫什么名字无关",
)
def own_session(seen):
    found = seen.records("same_name")
    if not found:
        return (
            False,
            "start_session() and current_session() could not be called",
        )
    got = found[-1]["seen"]
    return got == {
        "dave": "dave",
        "erin": "erin",
    }, f"thread -> user it read: {got}"


@check.property(
    en="a session goes away with its thread, even when the thread ends without any "
    "clean-up code running (the check starts one that only calls `start_session()`)",
    zh="会话随线程一起消失，即使线程结束时没有执行任何清理代码（检查程序会启动一个只调用 "
    "`start_session()` 的线程）",
    hint_en="deleting dict entries at the end of work() misses a thread that fails half-way; "
    "a threading.local drops a thread's values when the thread ends",
    hint_zh="在 work() 末尾删除字典里的条目，管不到中途失败的线程；"
    "threading.local 会在线程结束时丢掉它的值",
)
def freed_with_thread(seen):
    found = seen.records("abandoned")
    if not found:
        return (
            False,
            "start_session() and current_session() could not be called",
        )
    last = found[-1]
    if last["error"]:
        return False, last["error"]
    return last[
        "freed"
    ], "the session is still referenced after its thread ended"
