"""What an attempt was seen doing, recorded from outside its code: calls, threads, writes,
processes, start methods and globals, with times from the start of the attempt."""

from __future__ import annotations

import json
import os
import threading
import time
import types

from harness.exercises.conditions import Conditions

CLOCK = time.monotonic
REAL_SLEEP = time.sleep


class Recorder:
    """Everything seen, with times in seconds from the start of the attempt."""

    def __init__(self, attempt: str, conditions: Conditions):
        self.attempt, self.conditions, self.t0 = attempt, conditions, CLOCK()
        self.pid = os.getpid()
        self.lock = threading.Lock()
        self.data = {
            "calls": {},
            "threads": [],
            "writes": [],
            "records": [],
            "globals": {},
            "processes": [],
            "requested_start_methods": [],
            "main_end": None,
            "exit": None,
            "error": None,
        }
        self.running: dict[
            int, dict
        ] = {}  # threads of the attempt now running, by ident
        self.started_processes: list = []

    def now(self) -> float:
        return round(CLOCK() - self.t0, 4)

    def record(self, kind: str, **data) -> None:
        """A custom observation, for a check's own hooks."""
        with self.lock:
            self.data["records"].append(dict(kind=kind, time=self.now(), **data))

    def sleep(self, seconds: float, name: str) -> None:
        """Sleep as a scenario step named ``name`` (stretched like the attempt's own sleeps)."""
        REAL_SLEEP(seconds * self.conditions.stretch.get(name, 1.0))

    def dump(self, path: str) -> None:
        if os.getpid() != self.pid:
            return  # a forked child exiting normally: not the attempt's own process
        self.data["exit"] = self.now()
        for entry, proc in self.started_processes:
            entry["exitcode"] = proc.exitcode
        with open(path, "w", encoding="utf-8") as f:
            json.dump(self.data, f)


def from_attempt(code: types.CodeType, rec: Recorder) -> bool:
    return code.co_filename == rec.attempt
