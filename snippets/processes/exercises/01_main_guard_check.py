"""What ./dev check requires of 01_main_guard.py (listed on the processes page).

The check runs the file under spawn and under forkserver whatever start method it asks for,
and sees each child's start method and exit code. After the main block it imports the file the
way a spawned child does, as `__mp_main__`, and as a plain import does, in a separate
interpreter where starting a process only counts the attempt."""

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
    runpy.run_path(sys.argv[1], run_name=sys.argv[2])
except BaseException as exc:
    error = type(exc).__name__
print(json.dumps({"starts": len(starts), "error": error}))
"""


@check.afterwards
def import_as_child(module, recorder):
    for name in (
        "__mp_main__",
        "main_guard",
    ):  # a spawned child's import, a plain one
        run = subprocess.run(
            [sys.executable, "-c", IMPORT_AS_CHILD, module.__file__, name],
            capture_output=True,
            text=True,
            timeout=20,
        )
        lines = run.stdout.strip().splitlines()
        try:
            recorder.record(
                "import_as_child", name=name, **json.loads(lines[-1])
            )
        except (IndexError, ValueError):
            recorder.record(
                "import_as_child",
                name=name,
                starts=None,
                error=run.stderr[-200:],
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
    en="importing the file, as a spawned child does (`__name__` is `'__mp_main__'`) or as "
    "a plain `import` does, starts no process and raises no error",
    zh="像 spawn 启动的子进程那样（`__name__` 为 `'__mp_main__'`）或者用普通的 `import` "
    "导入这个文件时，不启动任何进程，也不引发异常",
    hint_en="put the code that starts the child under if __name__ == '__main__':, and "
    "keep greet() at the top level, where the child finds it",
    hint_zh="把启动子进程的代码放进 if __name__ == '__main__':，"
    "greet() 留在顶层，子进程才找得到它",
)
def import_is_safe(seen):
    found = seen.records("import_as_child")
    if len(found) < 2:
        return False, "the file could not be imported"
    bad = [f for f in found if f["starts"] != 0 or f["error"] is not None]
    shown = "; ".join(
        f"as {f['name']}: processes started: {f['starts']}, error: {f['error']}"
        for f in found
    )
    return not bad, shown
