"""What ./dev check requires of 01_main_guard.py (listed on the processes page).

The check runs the file under spawn and under forkserver whatever start method it asks for,
and sees each child's start method and exit code. After the main block it imports the file the
way a spawned child does, as `__mp_main__`, in a separate interpreter where starting a process
only counts the attempt."""

import json
import subprocess
import sys

from harness.exercises.spec import Check

check = Check(start_methods=True)

IMPORT_AS_CHILD = r"""
import json, multiprocessing.process, runpy, sys
starts = []
multiprocessing.process.BaseProcess.start = lambda self: starts.append(self.name)
error = None
try:
    runpy.run_path(sys.argv[1], run_name="__mp_main__")
except BaseException as exc:
    error = type(exc).__name__
print(json.dumps({"starts": len(starts), "error": error}))
"""


@check.afterwards
def import_as_child(module, recorder):
    run = subprocess.run(
        [sys.executable, "-c", IMPORT_AS_CHILD, module.__file__],
        capture_output=True,
        text=True,
        timeout=20,
    )
    lines = run.stdout.strip().splitlines()
    try:
        recorder.record("import_as_child", **json.loads(lines[-1]))
    except (IndexError, ValueError):
        recorder.record(
            "import_as_child", starts=None, error=run.stderr[-200:]
        )


@check.property(
    en="the child process says hello and ends with exit code 0, under spawn and under "
    "forkserver, whatever start method the file asks for",
    zh="子进程打印问候并以退出码 0 结束，在 spawn 和 forkserver 下都是如此，"
    "无论文件要求的是哪种启动方法",
    hint_en="asking for fork only hides the problem: macOS, Windows and Python 3.14 "
    "start children that import the main module",
    hint_zh="改用 fork 只是把问题藏了起来：macOS、Windows 和 Python 3.14 "
    "启动的子进程都会导入主模块",
)
def child_runs(seen):
    children = [(p["start_method"], p.get("exitcode")) for p in seen.processes]
    asked = seen.requested_start_methods
    ok = len(children) == 1 and children[0][1] == 0
    ok = ok and children[0][0] in ("spawn", "forkserver")
    detail = f"children (start method, exit code): {children}"
    if asked:
        detail += f"; the file asked for {asked}"
    return ok, detail


@check.property(
    en="importing the file, as a spawned child does (`__name__` is `'__mp_main__'`), "
    "starts no process and raises no error",
    zh="像 spawn 启动的子进程那样导入这个文件（`__name__` 为 `'__mp_main__'`）时，"
    "不启动任何进程，也不抛出异常",
    hint_en="put the code that starts the child under if __name__ == '__main__':, and "
    "keep greet() at the top level, where the child finds it",
    hint_zh="把启动子进程的代码放进 if __name__ == '__main__':，"
    "greet() 留在顶层，子进程才找得到它",
)
def import_is_safe(seen):
    found = seen.records("import_as_child")
    if not found:
        return False, "the file could not be imported"
    last = found[-1]
    ok = last["starts"] == 0 and last["error"] is None
    return ok, f"processes started: {last['starts']}, error: {last['error']}"
