"""The lock chapter's races must really lose updates, and its locks must really prevent that.

The page shows one run of each example; these tests repeat them, so that a race which
only sometimes goes wrong (or a lock that only sometimes helps) cannot pass unnoticed.
"""

import importlib.util
from pathlib import Path

import pytest

from harness import reuse
from harness.paths import ROOT

LOCK = ROOT / "snippets" / "lock"


def load(name):
    path = LOCK / name
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def counted(name, threads, times, runs):
    """What ``count()`` returned in each of ``runs`` runs (kept while nothing it depends on
    changed: harness/reuse.py)."""

    def compute():
        module = load(name)
        return [module.count(threads, times) for _ in range(runs)]

    return reuse.remembered(
        compute, f"{name} {threads} {times} {runs}", [Path(__file__), LOCK / name]
    )


def summary(results, expected):
    lost = [expected - r for r in results]
    return f"expected {expected} per run; updates lost per run: min {min(lost)}, max {max(lost)}; counted: {results}"


# (snippet, (threads, increments) or None for the sizes the page runs, runs)
RACES = [
    (
        "02_race_lost_updates.py",
        (4, 25),
        50,
    ),  # read, sleep, write: a smaller race, many runs
    (
        "04_race_with_a_call.py",
        None,
        3,
    ),  # a call between read and write, at the page's size
    # the exercise's starter must never print the right answer by luck: a slow call, many runs
    ("exercises/01_fix_race.py", None, 20),
]


@pytest.mark.parametrize(("name", "sizes", "runs"), RACES, ids=[r[0] for r in RACES])
def test_race_loses_updates_in_every_run(name, sizes, runs):
    if sizes is None:  # the page's own sizes
        race = load(name)
        sizes = (race.THREADS, race.INCREMENTS)
    threads, times = sizes
    expected = threads * times
    results = counted(name, threads, times, runs)
    correct = [r for r in results if r == expected]
    assert not correct, (
        f"snippets/lock/{name}: {len(correct)} of {runs} runs counted all {expected} updates; "
        f"the page promises that this race loses updates. {summary(results, expected)}"
    )


@pytest.mark.parametrize(
    "name",
    [
        "05_lock_acquire_release.py",
        "07_lock_with.py",
        "exercises/01_fix_race_solution.py",
    ],
)
def test_locked_counter_keeps_every_update_in_every_run(name):
    threads, times, runs = 4, 25, 20
    expected = threads * times
    results = counted(name, threads, times, runs)
    wrong = [r for r in results if r != expected]
    assert not wrong, (
        f"snippets/lock/{name}: {len(wrong)} of {runs} runs did not count all {expected} updates "
        f"with the lock held: {results}"
    )
