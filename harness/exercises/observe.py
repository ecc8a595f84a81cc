"""Run a reader's attempt as its own ``__main__`` and record what it does, from outside its code.

``python -m harness.exercises.observe ATTEMPT SPEC CONDITIONS OUT`` (run by ``judge``, from the
repository root, on any CPython 3.9+; standard library only). The attempt's top-level definitions
run first; then the check's ``prepare`` may take over parts of the scenario, the watched functions
are wrapped, and the rest of the file (its ``if __name__ == "__main__":`` block) runs. What was seen
is written to OUT as JSON at exit, after the interpreter has joined the attempt's threads.
"""

from __future__ import annotations

import ast
import atexit
import builtins
import os
import sys
import traceback
import types

from harness.exercises.conditions import Conditions
from harness.exercises.hooks import (
    RecordingStream,
    force_start_method,
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
            rec.data["globals"][name] = {
                "repr": repr(value)[:200],
                "len": size,
                "distinct": distinct,
            }


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
    try:
        exec(compile(ast.Module(rest, []), attempt, "exec"), vars(module))
    finally:
        rec.data["main_end"] = rec.now()
        snapshot_globals(module, spec.globals_at_end, rec)
    if spec.after:
        spec.after(module, rec)


def main(argv: list[str]) -> int:
    attempt, spec_path, conditions, out = argv
    spec = load_spec(spec_path)
    rec = Recorder(os.path.abspath(attempt), Conditions.from_json(conditions))
    atexit.register(rec.dump, out)
    watch_threads(rec)
    sys.stdout = RecordingStream(sys.stdout, rec)
    stretch_sleeps(rec)
    if spec.queues:
        watch_queues(rec)
    force_start_method(rec)
    watch_processes(rec)
    shake(rec)
    try:
        run_attempt(rec.attempt, spec, rec)
    except SystemExit as exc:
        rec.data["error"] = f"SystemExit({exc.code!r})"
        raise
    except BaseException as exc:
        rec.data["error"] = type(exc).__name__
        tb = exc.__traceback__
        while tb is not None and not from_attempt(tb.tb_frame.f_code, rec):
            tb = tb.tb_next  # the reader's frames only, as when the file runs by itself
        traceback.print_exception(type(exc), exc, tb)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
