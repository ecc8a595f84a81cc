"""The verdict on an attempt: run it once per seed under ``observe``, judge each run, report.

One implementation for both checkers: ``./dev check`` (``judge``, in the repository) and the
learner's kit (``kit``, ``python check.pyz FILE``) call ``check_attempt`` with an exercise's
facts (where its task is, the output a correct answer prints per range of CPython versions) and
a way to start ``observe``. Standard library only, Python 3.9+: it runs inside ``check.pyz``.
"""

from __future__ import annotations

import contextlib
import difflib
import json
import multiprocessing
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from harness.exercises.conditions import START_METHODS, Conditions, for_seed
from harness.exercises.recorder import replay
from harness.exercises.spec import Check, Seen

TIMEOUT = float(os.environ.get("DOCS_EXAMPLE_TIMEOUT", 30))  # seconds, then killed
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
OS_NAMES = {"win32": "Windows", "darwin": "macOS", "linux": "Linux"}

SAY = {
    "zh": {
        "passed": "通过：{path}（{runs} 次运行，种子 {seeds}；每次运行都满足全部要求）。",
        "failed": "未通过：{path}",
        "run": "种子 {seed} 的运行（{conditions}）：",
        "output": "输出与正确答案一致（{where}）",
        "clean": "正常结束：退出码 0，stderr 为空，没有遗留进程",
        "observed": "从开始到退出都被完整记录：记录没有缺失、没有被改动，打印的每一行都被看到",
        "ok": "  ✓ {text}",
        "bad": "  ✗ {text}",
        "detail": "    看到的：{detail}",
        "hint": "    提示：{hint}",
        "again": "用同样的条件再运行一次：{command} {path} --seed {seed}",
        "task": "题目在 {where}；答案在题目下方折叠的“答案”里。",
        "unknown": "{path} 不是任何页面上的练习。练习文件位于 snippets/<章节>/exercises/NN_名称.py。",
        "no_check": "{path} 没有检查文件 {spec}。",
        "unseen": "没有记录到任何观察结果（程序是否调用了 os._exit()，或者切断了检查程序？）",
        "not_here": "无法在 {os} 上检查 {path}：{why}",
        "methods": "注意：{os} 没有启动方法 {missing}，这些运行只用了 {used}；"
        "要求里提到 {missing} 的部分在这台机器上无法观察。",
        "leftovers": "注意：在 {os} 上无法观察运行结束后是否还有遗留的进程。",
    },
    "en": {
        "passed": "passed: {path} ({runs} runs, seeds {seeds}; every requirement held in each)",
        "failed": "not yet: {path}",
        "run": "the run with seed {seed} ({conditions}):",
        "output": "prints what a correct answer prints ({where})",
        "clean": "ends cleanly: exit code 0, nothing on stderr, no process left running",
        "observed": "observed from start to exit: nothing missing or altered in its record, "
        "every line it printed seen",
        "ok": "  ✓ {text}",
        "bad": "  ✗ {text}",
        "detail": "    seen: {detail}",
        "hint": "    hint: {hint}",
        "again": "repeat this run's conditions: {command} {path} --seed {seed}",
        "task": "The task is at {where}; the solution is in the collapsed block below it.",
        "unknown": "{path} is not an exercise on any page. Exercises are "
        "snippets/<chapter>/exercises/NN_name.py.",
        "no_check": "{path} has no check file {spec}.",
        "unseen": "nothing was recorded (did the program call os._exit(), or cut the "
        "checker off?)",
        "not_here": "{path} cannot be checked on {os}: {why}",
        "methods": "note: {os} has no start method {missing}, so these runs used {used} only; "
        "what the requirements say about {missing} cannot be observed on this machine.",
        "leftovers": "note: on {os}, whether a process is left running after the run "
        "cannot be observed.",
    },
}


def os_name() -> str:
    return OS_NAMES.get(sys.platform, sys.platform)


# What a run printed, compared with what the page shows ---------------------------------------


def normalise(text: str, classes) -> list:
    """The lines to compare: trailing blanks dropped, markers applied."""
    lines = [line.rstrip() for line in text.rstrip("\n").split("\n")]
    if "numbers-vary" in classes:
        lines = [" ".join(NUMBER.sub("<n>", line).split()) for line in lines]
    if "any-order" in classes:
        lines.sort()
    return lines


def diff(expected: str, classes, actual: str) -> str:
    """An empty string when ``actual`` matches the output shown, else a unified diff."""
    want, got = normalise(expected, classes), normalise(actual, classes)
    if want == got:
        return ""
    return "\n".join(
        difflib.unified_diff(
            want, got, "shown on the page", "printed by the run", lineterm=""
        )
    )


def expected_output(facts: dict, version: tuple) -> dict | None:
    """The output block (``text``, ``classes``, ``where``) shown for ``version``."""
    for out in facts["outputs"]:
        low, high = tuple(out["low"]), out["high"] and tuple(out["high"])
        if low <= tuple(version) and (high is None or tuple(version) <= high):
            return out
    return None


# One run of the attempt, in a process group of its own ------------------------------------------


@dataclass
class Run:
    stdout: str
    stderr: str
    returncode: int | None  # None: killed at the timeout
    seconds: float
    leftovers: list  # processes still alive after the attempt ended


def start(cmd: list, env: dict, cwd: str, stdin: bool = False) -> subprocess.Popen:
    extra = {}
    if os.name == "posix":
        extra["start_new_session"] = True
    else:
        extra["creationflags"] = subprocess.CREATE_NEW_PROCESS_GROUP
    return subprocess.Popen(
        cmd,
        cwd=cwd,
        env=env,
        stdin=subprocess.PIPE if stdin else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        errors="replace",
        **extra,
    )


def kill_tree(proc: subprocess.Popen) -> None:
    if os.name == "posix":
        with contextlib.suppress(OSError):
            os.killpg(proc.pid, signal.SIGKILL)
    else:
        subprocess.run(
            ["taskkill", "/F", "/T", "/PID", str(proc.pid)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=False,
        )
        proc.kill()


def group_members(pgid: int, grace: float = 2.0) -> list:
    """Live (non-zombie) processes left in a process group, after a short grace period
    (Linux: their names from /proc; other POSIX systems: that the group still has members)."""
    deadline = time.monotonic() + grace
    while True:
        alive = []
        if os.path.isdir("/proc/self"):
            for name in os.listdir("/proc"):
                if not name.isdigit():
                    continue
                try:
                    with open(f"/proc/{name}/stat") as f:
                        text = f.read()
                except OSError:
                    continue
                name_end = text.rindex(")")
                state, _, pgrp = text[name_end + 2 :].split()[:3]
                if int(pgrp) == pgid and state != "Z":
                    alive.append(f"pid {name} {text[text.index('(') : name_end + 1]}")
        else:
            try:
                os.killpg(pgid, 0)
                alive.append(f"process group {pgid}")
            except OSError:
                pass
        if not alive or time.monotonic() > deadline:
            return alive
        time.sleep(0.05)


def run_command(
    cmd: list, env: dict, cwd: str, timeout: float = TIMEOUT, stdin: str | None = None
) -> Run:
    started = time.monotonic()
    proc = start(cmd, env, cwd, stdin is not None)
    try:
        stdout, stderr = proc.communicate(stdin, timeout=timeout)
        code = proc.returncode
    except subprocess.TimeoutExpired:
        kill_tree(proc)
        stdout, stderr = proc.communicate()
        code = None
    seconds = time.monotonic() - started
    leftovers = group_members(proc.pid) if os.name == "posix" else []
    if leftovers:
        kill_tree(proc)
    return Run(stdout, stderr, code, seconds, leftovers)


def problems(run, timeout: float = TIMEOUT) -> list:
    """What is wrong with a run apart from its output: hung, failed, stderr, leftovers."""
    found = []
    if run.returncode is None:
        found.append(
            f"still running after {timeout:g} s, killed with its child processes"
        )
    elif run.returncode != 0 or run.stderr:
        found.append(
            f"exited with {run.returncode} and wrote to stderr:\n{run.stderr.rstrip()}"
        )
    if run.leftovers:
        found.append(f"left processes running: {', '.join(run.leftovers)}")
    return found


# The interpreter options the checker starts the attempt with, in place of PYTHONUNBUFFERED and
# PYTHONDONTWRITEBYTECODE (``observe`` sets UTF-8 output itself): nothing in its environment
OPTIONS = ["-u", "-B"]
# The checker's own variables, and the test runner's, which the attempt does not get
CHECKER_VARIABLES = (
    "PYTHONHOME",
    "PYTHONPATH",
    "VIRTUAL_ENV",
    "PYTHONUNBUFFERED",
    "PYTHONIOENCODING",
    "PYTHONDONTWRITEBYTECODE",
)
CHECKER_PREFIXES = ("PYTEST_", "DOCS_")


def reader_env(path_first: list | None = None) -> dict:
    """The reader's environment, without the checker's own Python settings and variables."""
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in CHECKER_VARIABLES and not name.startswith(CHECKER_PREFIXES)
    }
    if path_first:
        env["PATH"] = os.pathsep.join([*path_first, env.get("PATH", "")])
    return env


class Listener:
    """Where the attempt's process sends what it sees: a socket on 127.0.0.1, one connection,
    read line by line until the process closes it."""

    def __init__(self):
        self.server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(1)
        self.token = secrets.token_hex(16)
        self.lines: list = []
        self.conn = None
        self.thread = threading.Thread(target=self.read, daemon=True)
        self.thread.start()

    @property
    def address(self) -> str:
        host, port = self.server.getsockname()[:2]
        return f"{host}:{port}:{self.token}"

    def read(self) -> None:
        try:
            self.conn, _ = self.server.accept()
            stream = self.conn.makefile("r", encoding="utf-8", errors="replace")
            if stream.readline().strip() != self.token:
                return
            for line in stream:
                self.lines.append(line)
        except OSError:
            return

    def close(self, grace: float = 5.0) -> list:
        """The lines received, once the process has closed its end (or ``grace`` has
        passed)."""
        self.thread.join(grace)
        for sock in (self.conn, self.server):
            if sock is not None:
                with contextlib.suppress(OSError):
                    sock.close()
        self.thread.join(1.0)
        return list(self.lines)


def observe(
    observer: list,
    attempt: str,
    spec_path: str,
    conditions: Conditions,
    env: dict,
    cwd: str,
) -> tuple:
    """One run under ``observe`` (``observer``: the command that starts it, e.g.
    ``[python, "-u", "-B", "-m", "harness.exercises.observe"]``, given the attempt's path; the
    check file and the conditions go on its stdin): the run, and the record it sent."""
    listener = Listener()
    told = json.dumps({"spec": spec_path, "conditions": conditions.to_json()})
    try:
        run = run_command(
            [*observer, attempt], env, cwd, stdin=f"{listener.address}\n{told}\n"
        )
    finally:
        lines = listener.close()
    return run, replay(lines)


# Judging ---------------------------------------------------------------------------------------


@dataclass
class Verdict:
    conditions: Conditions
    run: object
    seen: Seen | None
    lines: list = field(default_factory=list)  # the report of this run
    passed: bool = True
    failed: list = field(default_factory=list)  # names of the properties that failed


def judge_run(verdict: Verdict, expected: dict, check: Check, lang: str) -> None:
    say, run, seen = SAY[lang], verdict.run, verdict.seen
    lines = verdict.lines

    def tick(ok: bool, name: str, text: str, detail: str = "", hint: str = "") -> None:
        lines.append(say["ok" if ok else "bad"].format(text=text))
        if not ok:
            verdict.passed = False
            verdict.failed.append(name)
            if detail:
                lines.append(say["detail"].format(detail=detail))
            if hint:
                lines.append(say["hint"].format(hint=hint))

    found = problems(run)
    tick(not found, "ends_cleanly", say["clean"], "\n    ".join(found))
    if seen is not None:
        gaps = unobserved(seen.data, run.stdout)
        tick(not gaps, "observed", say["observed"], "\n    ".join(gaps))
    where = expected["where"][lang]
    text = expected["text"]
    if check.expect is not None and seen is not None:
        try:
            text = check.expect(text, seen)
        except Exception as exc:  # the run too broken to say what it should print
            text = f"(the check could not tell: {type(exc).__name__}: {exc})"
    shown = diff(text, expected["classes"], run.stdout)
    tick(
        not shown,
        "output",
        say["output"].format(where=where),
        "\n" + shown if shown else "",
    )
    for prop in check.properties:
        if seen is None:
            tick(False, prop.name, prop.texts[lang], say["unseen"], prop.hints[lang])
            continue
        try:
            result = prop.test(seen)
        except Exception as exc:  # a run too broken to be measured fails the property
            result = (False, f"{type(exc).__name__}: {exc}")
        ok, detail = result if isinstance(result, tuple) else (result, "")
        if isinstance(detail, dict):
            detail = detail[lang]
        tick(bool(ok), prop.name, prop.texts[lang], str(detail), prop.hints[lang])


def unobserved(data: dict, stdout: str) -> list:
    """What shows a run was not fully observed: its record altered after the fact
    (``recorder.replay``), or, in a run that started no process, output the recorder never
    saw (written past ``sys.stdout``)."""
    found = list(data.get("altered", []))[:5]
    if not data["processes"]:

        def lines(text):
            return text.replace("\r\n", "\n").replace("\r", "\n")

        seen = lines("".join(w[2] for w in data["writes"]))
        if seen != lines(stdout):
            found.append(
                f"printed {len(lines(stdout))} characters, of which the recorder saw "
                f"{len(seen)} as they were written"
            )
    return found


def start_methods_here() -> tuple:
    """The start methods the check uses here, and those this OS lacks."""
    have = multiprocessing.get_all_start_methods()
    return [m for m in START_METHODS if m in have], [
        m for m in START_METHODS if m not in have
    ]


def seeds_text(seeds: list) -> str:
    if seeds == list(range(seeds[0], seeds[0] + len(seeds))) and len(seeds) > 2:
        return f"{seeds[0]}–{seeds[-1]}"
    return ", ".join(map(str, seeds))


def check_attempt(
    path: str,
    facts: dict,
    spec: Check,
    run_one,
    version: tuple,
    lang: str,
    seeds: list | None = None,
    stop_early: bool = False,
    command: str = "./dev check",
    verdicts_out: list | None = None,
) -> tuple:
    """(exit status, report) for the exercise at ``path`` (shown as is). ``run_one(conditions)``
    runs the attempt once and returns (run, Seen or None). Exit status: 0 passed, 1 not yet,
    3 cannot be checked on this OS. ``stop_early``: one run at a time, stopping at the first
    that fails (the same verdict for an attempt expected to fail, in less CPU time).
    ``verdicts_out``: receives every run's ``Verdict``."""
    say = SAY[lang]
    why = spec.cannot_check_on.get(sys.platform)
    if why:
        return 3, say["not_here"].format(path=path, os=os_name(), why=why[lang])
    expected = expected_output(facts, version)
    seeds = list(range(spec.runs)) if seeds is None else seeds
    methods, missing = start_methods_here()
    conditions = [
        for_seed(
            s,
            stretch=spec.stretch,
            start_methods=spec.start_methods,
            methods=methods,
            main_sleeps=spec.main_sleeps,
        )
        for s in seeds
    ]
    notes = []
    if spec.start_methods and missing:
        notes.append(
            say["methods"].format(
                os=os_name(), missing=", ".join(missing), used=", ".join(methods)
            )
        )
    if os.name != "posix":
        notes.append(say["leftovers"].format(os=os_name()))
    verdicts = [] if verdicts_out is None else verdicts_out
    if stop_early:
        for c in conditions:
            verdicts.append(Verdict(c, *run_one(c)))
            judge_run(verdicts[-1], expected, spec, lang)
            if not verdicts[-1].passed:
                break
    else:
        with ThreadPoolExecutor(max_workers=min(4, len(conditions))) as pool:
            runs = list(pool.map(run_one, conditions))
        verdicts += [Verdict(c, run, seen) for c, (run, seen) in zip(conditions, runs)]
        for verdict in verdicts:
            judge_run(verdict, expected, spec, lang)
    failed = [v for v in verdicts if not v.passed]
    if not failed:
        passed = say["passed"].format(
            path=path, runs=len(seeds), seeds=seeds_text(seeds)
        )
        return 0, "\n".join([passed, *notes])
    first = failed[0]
    report = [say["failed"].format(path=path)]
    report += [
        say["run"].format(
            seed=first.conditions.seed, conditions=first.conditions.describe(lang)
        )
    ]
    report += first.lines
    report += [
        say["again"].format(command=command, path=path, seed=first.conditions.seed)
    ]
    report += [say["task"].format(where=facts["where"][lang])]
    report += notes
    return 1, "\n".join(report)


def reader_lang() -> str:
    """zh for a Chinese locale (LC_ALL, LC_MESSAGES, LANG; on Windows the user's locale),
    else en."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    if os.name == "nt":
        import locale

        found = (locale.getlocale()[0] or "").lower()
        return "zh" if found.startswith(("zh", "chinese")) else "en"
    return "en"
