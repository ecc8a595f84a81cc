"""``./dev check``: run an attempt once per seed under ``observe`` and judge every run.

An attempt passes only if every run exits cleanly, prints what a correct answer prints (the
output on the exercise's page, with its markers) and keeps every property of its check. A failing
run is named by its seed, with the conditions it ran under and the command that repeats them.
"""

from __future__ import annotations

import json
import os
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from harness import reuse
from harness.exercises.conditions import Conditions, for_seed
from harness.exercises.spec import Check, Seen, load_spec
from harness.fences import Fence, PageError
from harness.outputs import output_diff
from harness.pages import load_page
from harness.paths import EXAMPLE_TIMEOUT, ROOT, page_paths
from harness.pythons import PROJECT_PYTHON, Python
from harness.run import Run, example_env, problems, run_command
from harness.verdicts import machine_slot

SAY = {
    "zh": {
        "passed": "通过：{path}（{runs} 次运行，种子 {seeds}；每次运行都满足全部要求）。",
        "failed": "未通过：{path}",
        "run": "种子 {seed} 的运行（{conditions}）：",
        "output": "输出与正确答案一致（{where}）",
        "clean": "正常结束：退出码 0，stderr 为空，没有遗留进程",
        "ok": "  ✓ {text}",
        "bad": "  ✗ {text}",
        "detail": "    看到的：{detail}",
        "hint": "    提示：{hint}",
        "again": "用同样的条件再运行一次：./dev check {path} --seed {seed}",
        "task": "题目在 {where}；答案在题目下方折叠的“答案”里。",
        "unknown": "{path} 不是任何页面上的练习。练习文件位于 snippets/<章节>/exercises/NN_名称.py。",
        "no_check": "{path} 没有检查文件 {spec}。",
        "unseen": "没有记录到任何观察结果（程序是否调用了 os._exit()？）",
    },
    "en": {
        "passed": "passed: {path} ({runs} runs, seeds {seeds}; every requirement held in each)",
        "failed": "not yet: {path}",
        "run": "the run with seed {seed} ({conditions}):",
        "output": "prints what a correct answer prints ({where})",
        "clean": "ends cleanly: exit code 0, nothing on stderr, no process left running",
        "ok": "  ✓ {text}",
        "bad": "  ✗ {text}",
        "detail": "    seen: {detail}",
        "hint": "    hint: {hint}",
        "again": "repeat this run's conditions: ./dev check {path} --seed {seed}",
        "task": "The task is at {where}; the solution is in the collapsed block below it.",
        "unknown": "{path} is not an exercise on any page. Exercises are "
        "snippets/<chapter>/exercises/NN_name.py.",
        "no_check": "{path} has no check file {spec}.",
        "unseen": "nothing was recorded (did the program call os._exit()?)",
    },
}


def spec_file(starter: str) -> Path:
    return ROOT / (starter.removesuffix(".py") + "_check.py")


def find_exercise(path: str, lang: str) -> Fence | None:
    """The .exercise block for ``path``, preferring the page in the reader's language."""
    found = []
    for page_path in page_paths():
        try:
            page = load_page(page_path)
        except PageError:
            continue
        found += [
            f for f in page.fences if f.is_exercise and f.options.get("title") == path
        ]
    found.sort(key=lambda f: not f.page.name.endswith(f".{lang}.md"))
    return found[0] if found else None


@dataclass
class Verdict:
    conditions: Conditions
    run: Run
    seen: Seen | None
    lines: list[str] = field(default_factory=list)  # the report of this run
    passed: bool = True


def run_once(
    attempt: str, spec_path: Path, conditions: Conditions, python: Python
) -> tuple:
    """One run of the attempt and what it was seen doing (reused while its inputs, the
    conditions, the interpreter and the harness are unchanged; never under CI=true)."""
    cmd = [python.path, "-m", "harness.exercises.observe", attempt, str(spec_path)]
    cmd += [conditions.to_json()]
    name = None
    if reuse.enabled() and Path(attempt).resolve().is_relative_to(
        ROOT
    ):  # not a tmp file
        name = reuse.key(cmd, python, [attempt, str(spec_path)], extra="exercise")
        if (kept := reuse.load_with(name, "seen")) is not None:
            run, extra = kept
            return run, (Seen(extra["seen"], run.stdout) if extra["seen"] else None)
    with tempfile.TemporaryDirectory(prefix="check-") as tmp:
        out = os.path.join(tmp, "seen.json")
        with machine_slot():
            run = run_command([*cmd, out], example_env(python), EXAMPLE_TIMEOUT)
        data = None
        if os.path.exists(out):
            with open(out, encoding="utf-8") as f:
                data = json.load(f)
    if name and run.returncode is not None:  # a run killed at the timeout is not kept
        reuse.store(name, run, seen=data)
    return run, (Seen(data, run.stdout) if data else None)


def judge_run(
    verdict: Verdict, fence: Fence, check: Check, python: Python, lang: str
) -> None:
    say, run, seen = SAY[lang], verdict.run, verdict.seen
    lines = verdict.lines

    def tick(ok: bool, text: str, detail: str = "", hint: str = "") -> None:
        lines.append(say["ok" if ok else "bad"].format(text=text))
        if not ok:
            verdict.passed = False
            if detail:
                lines.append(say["detail"].format(detail=detail))
            if hint:
                lines.append(say["hint"].format(hint=hint))

    found = problems(run)
    tick(not found, say["clean"], "\n    ".join(found))
    shown = fence.output_for(python.version)
    diff = output_diff(shown, run.stdout)
    tick(not diff, say["output"].format(where=shown.where), "\n" + diff if diff else "")
    for prop in check.properties:
        if seen is None:
            tick(False, prop.texts[lang], say["unseen"], prop.hints[lang])
            continue
        try:
            result = prop.test(seen)
        except Exception as exc:  # a run too broken to be measured fails the property
            result = (False, f"{type(exc).__name__}: {exc}")
        ok, detail = result if isinstance(result, tuple) else (result, "")
        if isinstance(detail, dict):
            detail = detail[lang]
        tick(bool(ok), prop.texts[lang], str(detail), prop.hints[lang])


def check(
    path: str,
    lang: str,
    script: str | None = None,
    seeds: list[int] | None = None,
    python: Python = PROJECT_PYTHON,
    stop_early: bool = False,
) -> tuple[int, str]:
    """(exit status, report) for the exercise at ``path``, running ``script`` (default: the file
    at ``path`` itself, as the reader edited it). Exit status: 0 passed, 1 not yet, 2 unknown.
    ``stop_early``: one run at a time, stopping at the first that fails (the same verdict, for
    an attempt expected to fail, in less CPU time)."""
    say = SAY[lang]
    if (ROOT / path).exists():
        path = (ROOT / path).resolve().relative_to(ROOT).as_posix()
    fence = find_exercise(path, lang)
    if fence is None:
        return 2, say["unknown"].format(path=path)
    spec_path = spec_file(path)
    if not spec_path.exists():
        return 2, say["no_check"].format(path=path, spec=spec_path.relative_to(ROOT))
    spec = load_spec(str(spec_path))
    seeds = list(range(spec.runs)) if seeds is None else seeds
    attempt = script or path
    conditions = [
        for_seed(s, stretch=spec.stretch, start_methods=spec.start_methods)
        for s in seeds
    ]
    if stop_early:
        verdicts = []
        for c in conditions:
            verdicts.append(Verdict(c, *run_once(attempt, spec_path, c, python)))
            judge_run(verdicts[-1], fence, spec, python, lang)
            if not verdicts[-1].passed:
                break
    else:
        with ThreadPoolExecutor(max_workers=min(4, len(conditions))) as pool:
            runs = list(
                pool.map(lambda c: run_once(attempt, spec_path, c, python), conditions)
            )
        verdicts = [Verdict(c, run, seen) for c, (run, seen) in zip(conditions, runs)]
        for verdict in verdicts:
            judge_run(verdict, fence, spec, python, lang)
    failed = [v for v in verdicts if not v.passed]
    if not failed:
        return 0, say["passed"].format(
            path=path, runs=len(seeds), seeds=seeds_text(seeds)
        )
    first = failed[0]
    report = [say["failed"].format(path=path)]
    report += [
        say["run"].format(
            seed=first.conditions.seed, conditions=first.conditions.describe(lang)
        )
    ]
    report += first.lines
    report += [say["again"].format(path=path, seed=first.conditions.seed)]
    report += [say["task"].format(where=fence.where)]
    return 1, "\n".join(report)


def seeds_text(seeds: list[int]) -> str:
    if seeds == list(range(seeds[0], seeds[0] + len(seeds))) and len(seeds) > 2:
        return f"{seeds[0]}–{seeds[-1]}"
    return ", ".join(map(str, seeds))
