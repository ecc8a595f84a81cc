"""Run a reader's attempt as its own ``__main__`` and record what it does, from outside its code.

``python -u -B -m harness.exercises.observe ATTEMPT`` (run by ``verdict.observe``, on
any CPython 3.9+; standard library only; in the kit, ``python check.pyz --observe …``). The attempt's top-level definitions
run first; then the check's ``prepare`` may take over parts of the scenario, the watched functions
are wrapped, and the rest of the file (its ``if __name__ == "__main__":`` block) runs. What was seen
leaves as it is seen, on a socket to the checking process (``recorder``).

What the attempt can see of the check is kept to what cannot be hidden from inside its process
(``plain_run``): the harness's modules and the check's are out of ``sys.modules``, ``sys.argv``
and ``sys.orig_argv`` read ``python FILE``, ``sys.stdout is sys.__stdout__``, and the
environment is the reader's (the checker passes ``-u -B`` and sets UTF-8 here rather than
``PYTHON*`` variables; child processes get those variables, as before). Its command line and
its parent's (``/proc`` on Linux) still show the checker: see ``includes/check-limits.en.md``.
"""

from __future__ import annotations

import ast
import atexit
import builtins
import importlib.machinery
import json
import os
import socket
import sys
import traceback
import types

from harness.exercises.conditions import Conditions
from harness.exercises.hooks import (
    force_start_method,
    recording_stream,
    shake,
    stretch_sleeps,
    watch_processes,
    watch_queues,
    watch_threads,
    wrap,
)
from harness.exercises.recorder import Recorder, from_attempt
from harness.exercises.spec import load_spec


def main_attribute(name: str):
    """Unpickles a watched function in the attempt's process: what ``__main__`` calls ``name``."""
    return getattr(sys.modules["__main__"], name)


def pickle_watched_by_name() -> None:
    """Dask pickles ``__main__``'s functions by value (cloudpickle), and a watched function's
    wrapper holds the recorder: send it by name instead, as the standard pickle does."""
    try:
        import cloudpickle
    except ImportError:
        return
    original = cloudpickle.CloudPickler.reducer_override

    def reducer_override(self, obj):
        name = getattr(obj, "__watched_name__", None)
        if name and callable(obj):
            return main_attribute, (name,)
        return original(self, obj)

    cloudpickle.CloudPickler.reducer_override = reducer_override


def split_main(tree: ast.Module) -> tuple[list, list]:
    """The statements before the first ``if __name__ == "__main__":``, and the rest."""
    for k, node in enumerate(tree.body):
        if isinstance(node, ast.If) and "__name__" in ast.dump(node.test):
            return tree.body[:k], tree.body[k:]
    return tree.body, []


def snapshot_globals(module, names, rec: Recorder) -> None:
    for name in names:
        if name in vars(module):
            value = vars(module)[name]
            size = len(value) if hasattr(value, "__len__") else None
            try:
                distinct = len(set(value)) if size is not None else None
            except TypeError:  # unhashable items
                distinct = None
            shown = {"repr": repr(value)[:200], "len": size, "distinct": distinct}
            rec.put("globals", shown, sub=name)


def run_attempt(attempt: str, spec, rec: Recorder) -> None:
    with open(attempt, encoding="utf-8") as f:
        source = f.read()
    before, rest = split_main(ast.parse(source, attempt))
    module = types.ModuleType("__main__")
    module.__file__, module.__builtins__, module.__spec__ = attempt, builtins, None
    module.__loader__ = importlib.machinery.SourceFileLoader("__main__", attempt)
    sys.modules["__main__"] = module
    sys.argv = [attempt]
    if hasattr(sys, "orig_argv"):  # 3.10+
        sys.orig_argv = [sys.orig_argv[0], attempt]
    sys.path_importer_cache.pop(sys.path[0], None)
    sys.path[0] = os.path.dirname(os.path.abspath(attempt))
    exec(compile(ast.Module(before, []), attempt, "exec"), vars(module))
    if spec.prepare:
        spec.prepare(module, rec)
    if "distributed" in sys.modules or "dask" in sys.modules:
        pickle_watched_by_name()
    for (
        name
    ) in spec.watch:  # the attempt's functions, or what prepare() put in their place
        if callable(vars(module).get(name)):
            setattr(module, name, wrap(vars(module)[name], name, rec))
    exited = None
    try:
        exec(compile(ast.Module(rest, []), attempt, "exec"), vars(module))
    except SystemExit as exc:
        if exc.code not in (None, 0):
            raise
        exited = exc  # sys.exit(0), as unittest.main() ends: the probes still run
    finally:
        rec.put("main_end", rec.now())
        snapshot_globals(module, spec.globals_at_end, rec)
    if spec.after:
        spec.after(module, rec)
    if exited is not None:
        raise exited


def plain_run() -> None:
    """Once the hooks are in place: the harness's modules and the check's leave
    ``sys.modules`` (the hooks keep what they use), so that the attempt sees a plain run."""
    for name in list(sys.modules):
        if name in ("harness", "exercise_check") or name.startswith("harness."):
            del sys.modules[name]


def connect() -> tuple:
    """The socket to the checking process, whose address (``host:port:token``) is the first
    line on stdin, and what the second line says: the check file and the conditions (kept off
    the command line, which the attempt can read). stdin then reads as empty, as it does in the
    reader's own runs here."""
    line = sys.stdin.readline().strip()
    told = sys.stdin.readline().strip()
    empty = os.open(os.devnull, os.O_RDONLY)
    os.dup2(empty, 0)
    os.close(empty)
    if not line:
        return None, {}
    host, port, token = line.rsplit(":", 2)
    channel = socket.create_connection((host, int(port)), timeout=30)
    channel.settimeout(None)
    channel.sendall((token + "\n").encode())
    return channel, json.loads(told) if told else {}


def main(argv: list[str]) -> int:
    """``argv``: the attempt (the check file and the conditions come on stdin), or, by hand,
    the attempt, the check file and the conditions."""
    channel, told = connect()
    attempt, spec_path, conditions = [*argv, told.get("spec"), told.get("conditions")][
        :3
    ]
    spec = load_spec(spec_path)
    rec = Recorder(os.path.abspath(attempt), Conditions.from_json(conditions), channel)
    atexit.register(rec.finish)
    watch_threads(rec)
    for stream in (sys.stdout, sys.stderr):  # what PYTHONIOENCODING=utf-8 would do
        stream.reconfigure(encoding="utf-8")
    sys.stdout = sys.__stdout__ = recording_stream(sys.stdout, rec)
    stretch_sleeps(rec)
    if spec.queues:
        watch_queues(rec)
    force_start_method(rec)
    watch_processes(rec)
    shake(rec)
    plain_run()
    try:
        run_attempt(rec.attempt, spec, rec)
    except SystemExit as exc:
        rec.put("error", f"SystemExit({exc.code!r})")
        raise
    except BaseException as exc:
        rec.put("error", type(exc).__name__)
        tb = exc.__traceback__
        while tb is not None and not from_attempt(tb.tb_frame.f_code, rec):
            tb = tb.tb_next  # the reader's frames only, as when the file runs by itself
        traceback.print_exception(type(exc), exc, tb)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
