"""What an attempt was seen doing: calls, threads, writes, processes, start methods and
globals, with times from the start of the attempt.

Each observation leaves the attempt's process as it is made: one JSON line on a socket to the
checking process (``verdict.observe`` listens on 127.0.0.1 and sends its address on the
attempt's stdin, which then reads as empty). The checking process rebuilds the record from those
lines (``replay``), so what the attempt does to the recorder's copy afterwards changes nothing
already sent. The record only grows: each line carries its number (``n``), an update may only
fill a field still empty, and a record with a line missing, repeated or changed after the fact,
or without its exit, is not taken (``replay`` says why in ``data["altered"]``)."""

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

    def __init__(self, attempt: str, conditions: Conditions, channel=None):
        self.attempt, self.conditions, self.t0 = attempt, conditions, CLOCK()
        self.pid = os.getpid()
        self.lock = threading.RLock()
        self.channel = channel  # a connected socket to the checking process
        self.sent = 0  # the number of the next line
        self.data = fresh()
        self.running: dict[
            int, dict
        ] = {}  # threads of the attempt now running, by ident
        self.started_processes: list = []

    def now(self) -> float:
        return round(CLOCK() - self.t0, 4)

    def emit(self, event: dict) -> None:
        """Send one observation to the checking process (from the attempt's own process only:
        a forked child has a copy of the socket)."""
        if self.channel is None or os.getpid() != self.pid:
            return
        with self.lock:
            event["n"], self.sent = self.sent, self.sent + 1
        try:
            self.channel.sendall((json.dumps(event) + "\n").encode("utf-8"))
        except (OSError, TypeError, ValueError):
            self.channel = None

    def add(self, key: str, item, sub: str | None = None) -> int:
        """Append ``item`` to ``data[key]`` (or ``data[key][sub]``); its index."""
        with self.lock:
            box = self.data[key] if sub is None else self.data[key].setdefault(sub, [])
            box.append(item)
            self.emit({"op": "add", "key": key, "sub": sub, "item": item})
            return len(box) - 1

    def update(
        self, key: str, index: int, fields: dict, sub: str | None = None
    ) -> None:
        """Change fields of the item ``index`` of ``data[key]`` (or ``data[key][sub]``)."""
        with self.lock:
            box = self.data[key] if sub is None else self.data[key][sub]
            box[index].update(fields)
            self.emit(
                {"op": "update", "key": key, "sub": sub, "i": index, "fields": fields}
            )

    def put(self, key: str, value, sub: str | None = None) -> None:
        """``data[key] = value`` (or ``data[key][sub] = value``)."""
        with self.lock:
            if sub is None:
                self.data[key] = value
            else:
                self.data[key][sub] = value
            self.emit({"op": "put", "key": key, "sub": sub, "value": value})

    def record(self, kind: str, **data) -> None:
        """A custom observation, for a check's own hooks."""
        self.add("records", dict(kind=kind, time=self.now(), **data))

    def sleep(self, seconds: float, name: str) -> None:
        """Sleep as a scenario step named ``name`` (stretched like the attempt's own sleeps)."""
        REAL_SLEEP(seconds * self.conditions.stretch.get(name, 1.0))

    def finish(self) -> None:
        """At exit (after the interpreter has joined the attempt's threads)."""
        if os.getpid() != self.pid:
            return  # a forked child exiting normally: not the attempt's own process
        for index, proc in self.started_processes:
            self.update("processes", index, {"exitcode": proc.exitcode})
        self.put("exit", self.now())
        if self.channel is not None:
            self.channel.close()
            self.channel = None


def fresh() -> dict:
    return {
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


def replay(lines) -> dict | None:
    """The record rebuilt from the lines the attempt's process sent; None if it never
    reached its end (killed, or ``os._exit()``). ``data["altered"]`` lists what shows the
    record was tampered with: a line missing, repeated, out of order or unreadable, a field
    already sent changed, anything after the exit, an exit before the main block's end. Which
    of the attempt's threads were running at each write is taken from the lines, not from the
    attempt's process."""
    data, altered = fresh(), []
    for number, line in enumerate(lines):
        try:
            event = json.loads(line)
            if event.get("n") != number:
                altered.append(f"line {number} is numbered {event.get('n')!r}")
            if data["exit"] is not None:
                altered.append(f"line {number} comes after the exit")
            key, sub = event["key"], event.get("sub")
            if event["op"] == "add":
                box = data[key] if sub is None else data[key].setdefault(sub, [])
                box.append(event["item"])
                if key == "writes":  # the attempt's threads running, as the lines tell
                    event["item"][3] = sorted(t["name"] for t in running(data))
            elif event["op"] == "update":
                box = data[key] if sub is None else data[key][sub]
                item = box[event["i"]]
                changed = [
                    name for name in event["fields"] if item.get(name) is not None
                ]
                if changed:
                    altered.append(
                        f"line {number} changes {', '.join(changed)} of {key}"
                        f"{' ' + sub if sub else ''}[{event['i']}], already sent"
                    )
                    continue
                item.update(event["fields"])
            elif event["op"] == "put":
                box = data if sub is None else data[key]
                name = key if sub is None else sub
                if box.get(name) is not None:
                    altered.append(
                        f"line {number} sets {key}{' ' + sub if sub else ''} again"
                    )
                    continue
                box[name] = event["value"]
        except (ValueError, KeyError, IndexError, TypeError, AttributeError) as exc:
            altered.append(f"line {number} cannot be read ({type(exc).__name__})")
            continue
    if data["exit"] is None:
        return None
    # observe sends the main block's end, or the error that ended it, before the exit
    if data["main_end"] is None and data["error"] is None:
        altered.append("the exit was sent before the end of the main block")
    data["altered"] = altered
    return data


def running(data: dict) -> list:
    """The attempt's threads started and not yet ended, in the record so far."""
    return [t for t in data["threads"] if t["of_attempt"] and t["end"] is None]


def from_attempt(code: types.CodeType, rec: Recorder) -> bool:
    return code.co_filename == rec.attempt
