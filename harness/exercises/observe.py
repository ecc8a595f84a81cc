"""Run a reader's attempt as its own ``__main__`` and record what it does, from outside its code.

``python -m harness.exercises.observe ATTEMPT SPEC CONDITIONS`` (run by ``verdict.observe``, on
any CPython 3.9+; standard library only; in the kit, ``python check.pyz --observe …``). The attempt's top-level definitions
run first; then the check's ``prepare`` may take over parts of the scenario, the watched functions
are wrapped, and the rest of the file (its ``if __name__ == "__main__":`` block) runs. What was seen
leaves as it is seen, on a socket to the checking process (``recorder``); the harness's modules
are out of ``sys.modules`` while the attempt runs.
"""

from __future__ import annotations

import ast
import atexit
import builtins
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
    sys.modules["__main__"] = module
    sys.argv = [attempt]
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


def connect() -> socket.socket | None:
    """The socket to the checking process, whose address (``host:port:token``) is the first
    line on stdin; stdin then reads as empty, as it does in the reader's own runs here."""
    line = sys.stdin.readline().strip()
    empty = os.open(os.devnull, os.O_RDONLY)
    os.dup2(empty, 0)
    os.close(empty)
    if not line:
        return None
    host, port, token = line.rsplit(":", 2)
    channel = socket.create_connection((host, int(port)), timeout=30)
    channel.settimeout(None)
    channel.sendall((token + "\n").encode())
    return channel


def main(argv: list[str]) -> int:
    attempt, spec_path, conditions = argv
    channel = connect()
    spec = load_spec(spec_path)
    rec = Recorder(os.path.abspath(attempt), Conditions.from_json(conditions), channel)
    atexit.register(rec.finish)
    watch_threads(rec)
    sys.stdout = recording_stream(sys.stdout, rec)
    stretch_sleeps(rec)
    if spec.queues:
        watch_queues(rec)
    force_start_method(rec)
    watch_processes(rec)
    shake(rec)
    for name in [m for m in sys.modules if m == "harness" or m.startswith("harness.")]:
        del sys.modules[
            name
        ]  # the hooks keep what they use; the attempt sees a plain run
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
