"""``./dev check snippets/<chapter>/exercises/NN_name.py``: is my answer right?

Runs the exercise file (edited in place by the reader) exactly as the tests run examples, and
compares what it prints with what a correct answer prints on the exercise's page, with the same
markers (any order, numbers vary). Prints "通过" / "passed", or a diff with a hint. Exit status:
0 passed, 1 not yet, 2 not an exercise.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from docs_harness import (
    EXAMPLE_TIMEOUT,
    PROJECT_PYTHON,
    ROOT,
    PageError,
    load_page,
    output_diff,
    page_paths,
    run_fence,
)

MESSAGES = {
    "zh": {
        "passed": "通过：{path} 的输出与页面上正确答案的输出一致。",
        "failed": "未通过：{path} 的输出与正确答案不同（{where}）。",
        "diff": "差异（- 正确答案，+ 你的程序）：",
        "timeout": "程序运行 {seconds} 秒仍未结束，已被终止：是不是有线程卡住了（死锁、没有超时的等待）？",
        "error": "程序以退出码 {code} 结束，并向 stderr 输出了：",
        "leftover": "程序结束后仍有进程在运行：{items}。记得 join() 或结束你启动的进程。",
        "hint": "提示：回到 {where} 重读题目；答案在题目下方折叠的“答案”中。",
        "unknown": "{path} 不是任何页面上的练习。练习文件位于 snippets/<章节>/exercises/NN_名称.py。",
    },
    "en": {
        "passed": "passed: {path} prints what a correct answer prints on its page.",
        "failed": "not yet: {path} does not print what a correct answer prints ({where}).",
        "diff": "Difference (- a correct answer, + your program):",
        "timeout": "still running after {seconds} s, so it was stopped: is a thread stuck "
        "(a deadlock, a wait without a timeout)?",
        "error": "exited with code {code} and wrote to stderr:",
        "leftover": "processes still running after your program ended: {items}. "
        "Join or end the processes you start.",
        "hint": "Hint: re-read the task at {where}; the solution is in the collapsed block below it.",
        "unknown": "{path} is not an exercise on any page. Exercises are "
        "snippets/<chapter>/exercises/NN_name.py.",
    },
}


def default_lang() -> str:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"


def find_exercise(path: str, lang: str):
    """The .exercise block for ``path``, preferring the page in the reader's language."""
    found = []
    for page_path in page_paths():
        try:
            page = load_page(page_path)
        except PageError:
            continue
        found += [f for f in page.fences if f.is_exercise and f.options.get("title") == path]
    found.sort(key=lambda f: not f.page.name.endswith(f".{lang}.md"))
    return found[0] if found else None


def check(path: str, lang: str, script: str | None = None) -> tuple[int, str]:
    """(exit status, report) for the exercise at ``path``, running ``script`` (default: the
    file at ``path`` itself, as the reader edited it)."""
    say = MESSAGES[lang]
    if (ROOT / path).exists():
        path = (ROOT / path).resolve().relative_to(ROOT).as_posix()
    fence = find_exercise(path, lang)
    if fence is None:
        return 2, say["unknown"].format(path=path)
    run = run_fence(fence, python=PROJECT_PYTHON, script=script or path)
    shown = fence.output_for(PROJECT_PYTHON.version)
    problems = []
    if run.returncode is None:
        problems.append(say["timeout"].format(seconds=EXAMPLE_TIMEOUT))
    elif run.returncode != 0 or run.stderr:
        problems.append(say["error"].format(code=run.returncode) + "\n" + run.stderr.rstrip())
    if run.leftovers:
        problems.append(say["leftover"].format(items=", ".join(run.leftovers)))
    diff = output_diff(shown, run.stdout)
    if not problems and not diff:
        return 0, say["passed"].format(path=path)
    report = [say["failed"].format(path=path, where=shown.where)]
    if diff:
        report += [say["diff"], diff]
    report += [*problems, say["hint"].format(where=fence.where)]
    return 1, "\n".join(report)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="./dev check", description=__doc__.split("\n")[0])
    parser.add_argument("path", help="snippets/<chapter>/exercises/NN_name.py")
    parser.add_argument("--lang", choices=["zh", "en"], default=default_lang())
    args = parser.parse_args(argv)
    path = Path(args.path).resolve()
    os.chdir(ROOT)
    code, report = check(
        path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else args.path, args.lang
    )
    print(report)
    return code


if __name__ == "__main__":
    sys.exit(main())
