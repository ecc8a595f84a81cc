"""An exercise's check: ``snippets/<chapter>/exercises/NN_name_check.py`` beside the starter.

    from harness.exercises.spec import Check

    check = Check(watch=["square"], stretch={"square": (0.5, 4.0)})

    @check.property(
        en="every thread has ended before the results are printed",
        zh="打印结果之前，每个线程都已结束",
        hint_en="join() each thread before reading the results",
        hint_zh="读取结果之前，对每个线程调用 join()",
    )
    def ended_first(seen):
        late = seen.alive_at_first_print()
        return not late, f"still running: {late}"

A property gets the ``Seen`` of one run and returns a bool, or (bool, detail). Its ``zh`` and
``en`` texts are listed on the exercise's page, word for word (a test compares them). The check
may own part of the scenario with ``@check.scenario`` (replace a function of the attempt's module
before its main block runs). Standard library only, Python 3.9+: it is loaded inside the attempt's
process too.
"""

from __future__ import annotations

import os
import sys
import types
from dataclasses import dataclass, field


@dataclass
class Property:
    name: str
    test: object  # Callable[[Seen], bool | tuple[bool, str]]
    texts: dict  # {"zh": ..., "en": ...}
    hints: dict


@dataclass
class Check:
    # functions whose calls are recorded
    watch: list = field(default_factory=list)
    # name -> (low, high): the factors a seed puts on the sleeps inside that function
    stretch: dict = field(default_factory=dict)
    # the factor on the main block's own sleeps, at every seed: a fixed wait comes too early
    main_sleeps: float | None = None
    # a process exercise: runs under spawn and forkserver, whatever the attempt sets
    start_methods: bool = False
    # record every queue.Queue.get (thread, timeout, item or queue.Empty)
    queues: bool = False
    # main-module names whose values are read when the main block ends
    globals_at_end: list = field(default_factory=list)
    # the seeds a reader's check runs (seed 0, the plain run, is one of them)
    runs: int = 4
    properties: list = field(default_factory=list)
    # Callable[[module, Recorder], None]: before the main block, and after it (the probes)
    prepare: object = None
    after: object = None
    # Callable[[str, Seen], str]: the output a correct answer prints in this run, from the
    # page's output and what the run's scenario chose (inputs the check changed)
    expect: object = None
    # sys.platform -> {"zh": why, "en": why}: the check cannot observe this exercise there
    cannot_check_on: dict = field(default_factory=dict)

    def property(self, *, en: str, zh: str, hint_en: str, hint_zh: str):
        def add(test):
            texts, hints = {"en": en, "zh": zh}, {"en": hint_en, "zh": hint_zh}
            self.properties.append(Property(test.__name__, test, texts, hints))
            return test

        return add

    def scenario(self, function):
        """``@check.scenario``: ``function(module, recorder)`` runs after the attempt's
        definitions and before its main block, e.g. to put the check's own slow call in place."""
        self.prepare = function
        return function

    def expected(self, function):
        """``@check.expected``: ``function(shown, seen)`` is the output a correct answer prints
        in this run, where the scenario gave it other inputs than the file's (so that lines
        typed in from the page fail)."""
        self.expect = function
        return function

    def tests_against(self, name: str, versions: dict, ceiling: float = 8.0):
        """For an exercise whose answer is a test: after the main block, the ``unittest``
        tests of the attempt run once with each of ``versions`` (label -> implementation) in
        place of the attempt's ``name``, each run in a thread given ``ceiling`` seconds;
        ``Seen.tested(label)`` is what they did (see ``run_tests_against``)."""
        self.after = lambda module, recorder: run_tests_against(
            module, recorder, name, versions, ceiling
        )

    def afterwards(self, function):
        """``@check.afterwards``: ``function(module, recorder)`` runs after the attempt's main
        block, in its process: probes the check makes itself (e.g. start the file in another
        mode), recorded with ``recorder.record(kind, ...)``."""
        self.after = function
        return function


def run_tests_against(module, recorder, name, versions, ceiling) -> None:
    """Records ``("tested", version=label, ran=…, passed=…, hung=…, detail=…)`` for each
    version: the attempt's tests run by ``unittest`` with that version as ``module.<name>``."""
    import io
    import threading
    import unittest

    original = vars(module).get(name)
    try:
        for label, implementation in versions.items():
            setattr(module, name, implementation)
            suite = unittest.defaultTestLoader.loadTestsFromModule(module)
            outcome = {}

            def run(suite=suite, outcome=outcome):
                runner = unittest.TextTestRunner(stream=io.StringIO(), verbosity=0)
                outcome["result"] = runner.run(suite)

            runner = threading.Thread(target=run, name=f"tests on {label}", daemon=True)
            started = recorder.now()
            runner.start()
            runner.join(ceiling)
            result = outcome.get("result")
            if result is None:
                recorder.record(
                    "tested",
                    version=label,
                    ran=None,
                    passed=None,
                    hung=True,
                    seconds=recorder.now() - started,
                    detail="",
                )
                continue
            problems = result.failures + result.errors
            detail = problems[0][1].strip().splitlines()[-1][:160] if problems else ""
            recorder.record(
                "tested",
                version=label,
                ran=result.testsRun,
                passed=result.wasSuccessful() and result.testsRun > 0,
                hung=False,
                seconds=recorder.now() - started,
                detail=detail,
            )
    finally:
        setattr(module, name, original)


def read_source(path: str) -> str:
    """A file's text; ``path`` may lead into a zip (``check.pyz/specs/lock/x_check.py``)."""
    if os.path.isfile(path):
        with open(path, encoding="utf-8") as f:
            return f.read()
    import zipfile  # only for a check file inside check.pyz (the kit)

    parts = path.replace("\\", "/").split("/")
    for k in range(len(parts) - 1, 0, -1):
        archive = "/".join(parts[:k])
        if os.path.isfile(archive) and zipfile.is_zipfile(archive):
            with zipfile.ZipFile(archive) as zipped:
                return zipped.read("/".join(parts[k:])).decode("utf-8")
    raise FileNotFoundError(path)


def load_spec(path: str) -> Check:
    """The ``check`` of a check file (a file, or one inside ``check.pyz``); its module is
    ``sys.modules["exercise_check"]`` (so that functions it puts in the attempt's place can be
    pickled by reference)."""
    module = types.ModuleType("exercise_check")
    module.__file__ = path
    sys.modules["exercise_check"] = module
    exec(compile(read_source(path), path, "exec"), vars(module))
    return module.check


@dataclass
class Call:
    thread: str
    args: str
    start: float
    end: float | None
    error: str | None


class Seen:
    """What one run did, as recorded by ``observe`` (times in seconds from its start)."""

    def __init__(self, data: dict, stdout: str):
        self.data, self.stdout = data, stdout
        self.writes = [w for w in data["writes"] if w[2].strip()]
        self.threads = data["threads"]
        self.globals = data["globals"]
        self.processes = data["processes"]
        self.requested_start_methods = data["requested_start_methods"]
        self.main_end, self.exit = data["main_end"], data["exit"]

    def calls(self, name: str) -> list[Call]:
        return [Call(**c) for c in self.data["calls"].get(name, [])]

    def count(self, name: str) -> int:
        return len(self.calls(name))

    def peak(self, name: str) -> int:
        """The most calls of ``name`` going on at one moment."""
        events = []
        for call in self.calls(name):
            end = call.end if call.end is not None else float("inf")
            events += [(call.start, 1), (end, -1)]
        most = now = 0
        for _, step in sorted(events, key=lambda e: (e[0], e[1])):
            now += step
            most = max(most, now)
        return most

    @property
    def first_output(self) -> float | None:
        return self.writes[0][0] if self.writes else None

    @property
    def last_output(self) -> float | None:
        return self.writes[-1][0] if self.writes else None

    def alive_at_first_print(self) -> list[str]:
        """The attempt's threads still running when it first printed something."""
        return self.writes[0][3] if self.writes else []

    def calls_after_output(self, name: str) -> list[Call]:
        """Calls of ``name`` that started after the attempt printed its last line."""
        last = self.last_output
        return [c for c in self.calls(name) if last is not None and c.start > last]

    def records(self, kind: str) -> list[dict]:
        return [r for r in self.data["records"] if r["kind"] == kind]

    def tested(self, label: str) -> dict | None:
        """What the attempt's tests did with the version ``label`` (``Check.tests_against``)."""
        found = [r for r in self.records("tested") if r["version"] == label]
        return found[0] if found else None

    def tests_outcome(self, label: str, should_pass: bool, subject: str):
        """A property's verdict: did the attempt's tests pass (``should_pass``) or fail with
        the version ``label`` of ``subject`` (e.g. "squares()") in place, and what was seen."""
        found = self.tested(label)
        if found is None:
            return False, {"en": "the tests did not run", "zh": "测试没有运行"}
        if found["hung"]:
            seconds = round(found["seconds"])
            return False, {
                "en": f"the tests were still running after {seconds} s",
                "zh": f"{seconds} 秒后测试仍在运行",
            }
        if not found["ran"]:
            return False, {
                "en": "the file has no unittest test",
                "zh": "文件里没有 unittest 测试",
            }
        ok = found["passed"] == should_pass
        if found["passed"]:
            return ok, {
                "en": f"with this {subject}, the tests passed",
                "zh": f"用这个 {subject}，测试通过了",
            }
        failed = found["detail"]
        return ok, {
            "en": f"with this {subject}, the tests failed: {failed}",
            "zh": f"用这个 {subject}，测试失败：{failed}",
        }

    def attempt_threads(self) -> list[dict]:
        return [t for t in self.threads if t["of_attempt"]]
