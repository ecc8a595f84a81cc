"""A worker process killed mid-task: ProcessPoolExecutor says so, multiprocessing.Pool loses the task.

The executors page shows one run of each (snippets/executors/10_* and 11_*); these tests check the
behaviour itself, with timeouts, and leave no process behind.
"""

import importlib.util
import multiprocessing
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

import pytest

from harness.paths import ROOT

SNIPPETS = ROOT / "snippets" / "executors"
# 3.12+ warns that fork() in a process with threads (here pytest's own) may deadlock the child;
# the child only runs the snippet's functions, and every test has a timeout
pytestmark = pytest.mark.filterwarnings(
    "ignore:This process .* is multi-threaded, use of fork:DeprecationWarning"
)
BROKEN = "A process in the process pool was terminated abruptly while the future was running or pending."


def load(name):
    path = SNIPPETS / name
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # so that pickle finds die() and square() by name
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def fork():
    # the snippets are loaded under a name a spawned child could not import: fork shares them
    return multiprocessing.get_context("fork")


def test_process_pool_executor_reports_a_killed_worker(fork):
    crash = load("10_crash_process_pool.py")
    started = time.monotonic()
    gate = fork.Event()  # die() waits at it until square(3) is queued behind it
    pool = ProcessPoolExecutor(
        max_workers=1, mp_context=fork, initializer=crash.init, initargs=(gate,)
    )
    try:
        dead = pool.submit(crash.die)
        pending = pool.submit(crash.square, 3)
        gate.set()
        for future in (dead, pending):
            with pytest.raises(BrokenProcessPool) as info:
                future.result(timeout=5)
            assert str(info.value) == BROKEN
        with pytest.raises(BrokenProcessPool):
            pool.submit(crash.square, 4)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    assert time.monotonic() - started < 6


def test_multiprocessing_pool_loses_the_task_silently(fork):
    crash = load("11_crash_multiprocessing_pool.py")
    started = time.monotonic()
    pool = fork.Pool(processes=1)
    try:
        first_pids = {p.pid for p in pool._pool}
        lost = pool.apply_async(crash.die)
        with pytest.raises(multiprocessing.TimeoutError):
            lost.get(timeout=1)
        assert not lost.ready(), "the killed task's result must never arrive (gh-66587)"
        # the pool replaced the dead worker and goes on serving tasks
        assert pool.apply_async(crash.square, (4,)).get(timeout=3) == 16
        assert {p.pid for p in pool._pool}.isdisjoint(first_pids)
        assert not lost.ready()
    finally:
        pool.terminate()
        pool.join()
    assert time.monotonic() - started < 6
