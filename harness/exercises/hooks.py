"""The hooks ``observe`` installs before an attempt runs: its threads, its writes to stdout,
its sleeps (stretched), a seeded shaker at its lines, queues, start methods, processes, and the
watched functions. Each records into the ``Recorder``; none changes what a correct attempt does."""

from __future__ import annotations

import functools
import importlib.util
import inspect
import io
import multiprocessing
import multiprocessing.process
import os
import queue
import random
import sys
import threading
import time
import zlib

from harness.exercises.recorder import REAL_SLEEP, Recorder, from_attempt


def thread_label(thread=None) -> str:
    """A thread as the record names it: the main thread is ``MainThread`` whatever the
    attempt renamed it to, and no other thread is, whatever its name."""
    thread = thread or threading.current_thread()
    if thread is threading.main_thread():
        return "MainThread"
    if thread.name == "MainThread":
        return "MainThread (renamed, not the main thread)"
    return thread.name


def unwrapped(function):
    """The function under a watched wrapper (``__wrapped__``) or a ``functools.partial``."""
    for _ in range(10):
        if isinstance(function, functools.partial):
            function = function.func
        elif hasattr(function, "__wrapped__"):
            function = function.__wrapped__
        else:
            break
    return getattr(function, "__func__", function)  # a bound method's function


def watch_threads(rec: Recorder) -> None:
    original = threading.Thread._bootstrap_inner

    def bootstrap_inner(self):
        target = unwrapped(getattr(self, "_target", None))
        run_code = getattr(type(self).run, "__code__", None)
        code = getattr(target, "__code__", None) or run_code
        entry = {
            "name": thread_label(self),
            "target": getattr(target, "__name__", type(self).__name__),
            "of_attempt": bool(code and from_attempt(code, rec)),
            "daemon": self.daemon,
            "start": rec.now(),
            "end": None,
        }
        with rec.lock:
            index = rec.add("threads", entry)
            rec.running[threading.get_ident()] = entry
        try:
            original(self)
        finally:
            with rec.lock:
                rec.update("threads", index, {"end": rec.now()})
                rec.running.pop(threading.get_ident(), None)

    threading.Thread._bootstrap_inner = bootstrap_inner


def recording_stream(stream, rec: Recorder):
    """The attempt's stdout: a ``TextIOWrapper`` over the same buffer, as ``sys.stdout`` is,
    that notes each write (when, from which thread, and which of the attempt's threads were
    still running at that moment). The recorder is held in a closure, not an attribute."""

    def note(text: str) -> None:
        with rec.lock:
            alive = sorted(e["name"] for e in rec.running.values() if e["of_attempt"])
            rec.add("writes", [rec.now(), thread_label(), text, alive])

    class TextIOWrapper(io.TextIOWrapper):
        def write(self, text):
            if text:
                note(text)
            return super().write(text)

        def close(self):  # the buffer is the original stream's too: leave it open
            if not self.closed:
                self.flush()
            stream.flush()  # (and hold the original, whose end would close the buffer)

    TextIOWrapper.__module__ = type(stream).__module__
    TextIOWrapper.__qualname__ = type(stream).__qualname__
    return TextIOWrapper(
        stream.buffer,
        encoding=stream.encoding,
        errors=stream.errors,
        line_buffering=stream.line_buffering,
        write_through=True,
    )


def after_import(name: str, patch) -> None:
    """``patch(module)`` as soon as the module ``name`` is imported: now if it is already, else
    right after it runs, by a finder first on ``sys.meta_path`` that removes itself. (An attempt
    that never imports it does not pay for importing it: asyncio is a third of the harness's
    start-up, on every run.)"""
    if name in sys.modules:
        patch(sys.modules[name])
        return

    class PatchOnImport:
        @staticmethod
        def find_spec(fullname, path=None, target=None):
            if fullname != name:
                return None
            sys.meta_path.remove(PatchOnImport)
            spec = importlib.util.find_spec(name)
            run = spec.loader.exec_module

            def exec_module(module):
                run(module)
                patch(module)

            spec.loader.exec_module = exec_module
            return spec

    sys.meta_path.insert(0, PatchOnImport)


def stretch_sleeps(rec: Recorder) -> None:
    """The attempt's own sleeps in the named functions last ``factor`` times as long."""
    stretch = rec.conditions.stretch
    if not stretch:
        return

    def factor() -> float:
        caller = sys._getframe(2)
        if from_attempt(caller.f_code, rec):
            return stretch.get(caller.f_code.co_name, 1.0)
        return 1.0

    def sleep(seconds):
        REAL_SLEEP(seconds * factor())

    def stretch_async_sleep(asyncio) -> None:
        real_async_sleep = asyncio.sleep

        async def async_sleep(delay, result=None):
            return await real_async_sleep(delay * factor(), result)

        asyncio.sleep = async_sleep

    time.sleep = sleep
    after_import("asyncio", stretch_async_sleep)


def shake(rec: Recorder) -> None:
    """A tiny switch interval, and a short pause at some lines of the reader's file."""
    cond = rec.conditions
    sys.setswitchinterval(cond.switch_interval)
    if not cond.delay_probability:
        return
    rngs = threading.local()

    def rng() -> random.Random:
        if not hasattr(rngs, "rng"):
            name = threading.current_thread().name.encode()
            rngs.rng = random.Random(cond.seed * 7919 + zlib.crc32(name))
        return rngs.rng

    def on_line(frame, event, arg):
        if event == "line" and rng().random() < cond.delay_probability:
            REAL_SLEEP(cond.delay_seconds)
        return on_line

    def on_call(frame, event, arg):
        return on_line if from_attempt(frame.f_code, rec) else None

    threading.settrace(on_call)
    sys.settrace(on_call)


def watch_queues(rec: Recorder) -> None:
    """Every ``queue.Queue.get``: which thread, its timeout, and whether it raised Empty."""
    original = queue.Queue.get

    def get(self, block=True, timeout=None):
        entry = {
            "thread": thread_label(),
            "timeout": timeout,
            "queue": id(self),
        }
        entry["start"] = rec.now()
        try:
            item = original(self, block, timeout)
        except queue.Empty:
            entry.update(end=rec.now(), empty=True)
            rec.record("get", **entry)
            raise
        entry.update(end=rec.now(), empty=False, item=repr(item)[:80])
        rec.record("get", **entry)
        return item

    queue.Queue.get = get


def force_start_method(rec: Recorder) -> None:
    """Run under the condition's start method whatever the attempt asks for; note what it asks."""
    method = rec.conditions.start_method
    if not method:
        return
    multiprocessing.set_start_method(method, force=True)
    real_get_context = multiprocessing.get_context

    def set_start_method(wanted, force=False):
        rec.add("requested_start_methods", wanted)

    def get_context(wanted=None):
        if wanted is not None:
            rec.add("requested_start_methods", wanted)
        return real_get_context(method)

    multiprocessing.set_start_method = set_start_method
    multiprocessing.get_context = get_context


# What the checker's interpreter options (-u -B, UTF-8 stdio) are for the attempt's child
# processes: in their environment only, not in the attempt's
CHILD_ENV = {
    "PYTHONUNBUFFERED": "1",
    "PYTHONIOENCODING": "utf-8",
    "PYTHONDONTWRITEBYTECODE": "1",
}


def watch_processes(rec: Recorder) -> None:
    original = multiprocessing.process.BaseProcess.start
    env_lock, state = threading.Lock(), {"starting": 0, "saved": {}}

    def start_with_child_env(self):
        """``original(self)`` with ``CHILD_ENV`` in the environment the child inherits."""
        if os.getpid() != rec.pid:  # a forked child starting its own
            return original(self)
        with env_lock:
            if not state["starting"]:
                state["saved"] = {k: os.environ.get(k) for k in CHILD_ENV}
                os.environ.update(CHILD_ENV)
            state["starting"] += 1
        try:
            original(self)
        finally:
            with env_lock:
                state["starting"] -= 1
                if not state["starting"]:
                    for name, value in state["saved"].items():
                        if value is None:
                            os.environ.pop(name, None)
                        else:
                            os.environ[name] = value

    def start(self):
        start_with_child_env(self)
        popen = type(getattr(self, "_popen", None)).__module__.rsplit(".", 1)[-1]
        method = {
            "popen_fork": "fork",
            "popen_spawn_posix": "spawn",
            "popen_forkserver": "forkserver",
            "popen_spawn_win32": "spawn",
        }.get(popen, popen)
        entry = {"name": self.name, "start_method": method, "time": rec.now()}
        with rec.lock:
            rec.started_processes.append((rec.add("processes", entry), self))

    multiprocessing.process.BaseProcess.start = start
    original_join = multiprocessing.process.BaseProcess.join

    def join(self, timeout=None):
        original_join(self, timeout)
        rec.record(
            "join", name=self.name, alive=self.is_alive(), exitcode=self.exitcode
        )

    multiprocessing.process.BaseProcess.join = join


def wrap(function, name: str, rec: Recorder):
    """``function`` with each call noted: thread, start, end, arguments, exception."""

    def begin(args, kwargs) -> int:
        shown = ", ".join([repr(a)[:40] for a in args] + [f"{k}=…" for k in kwargs])
        entry = {"thread": thread_label(), "args": shown}
        entry.update(start=rec.now(), end=None, error=None)
        return rec.add("calls", entry, sub=name)

    def end(index: int, error: str | None = None) -> None:
        fields = {"end": rec.now()}
        if error:
            fields["error"] = error
        rec.update("calls", index, fields, sub=name)

    if inspect.iscoroutinefunction(function):

        async def watched(*args, **kwargs):
            index, error = begin(args, kwargs), None
            try:
                return await function(*args, **kwargs)
            except BaseException as exc:
                error = type(exc).__name__
                raise
            finally:
                end(index, error)

    else:

        def watched(*args, **kwargs):
            index, error = begin(args, kwargs), None
            try:
                return function(*args, **kwargs)
            except BaseException as exc:
                error = type(exc).__name__
                raise
            finally:
                end(index, error)

    watched = functools.wraps(function)(watched)
    watched.__module__, watched.__qualname__ = (
        "__main__",
        name,
    )  # pickled by name, as the file's
    watched.__watched_name__ = name
    watched.__dask_tokenize__ = lambda: ("watched by ./dev check", name)
    return watched
