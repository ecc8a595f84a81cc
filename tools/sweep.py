"""``python -m tools.sweep``: every exercise's solution under many seeds on every CPython.

The suite runs each solution with a few seeds per CPython; this runs as many as you ask for
(default 20 in a row, seeds 0–19) and prints one line per exercise and CPython: passed or the
first failing seed, and the time the runs took. Also times the reader's own ``./dev check``
(the default seeds, on the project's Python) on each solution. Maintainers: run it after changing
an exercise, a check or the harness's conditions.

  python -m tools.sweep [--seeds A-B] [-k TEXT]   (TEXT: only exercises whose path has it)
"""

from __future__ import annotations

import argparse
import os
import sys
import time

from harness.exercises.judge import check, find_exercise, spec_file
from harness.paths import ROOT
from harness.pythons import pythons_for


def exercises(text: str) -> list[str]:
    found = sorted(
        p.relative_to(ROOT).as_posix().replace("_check.py", ".py")
        for p in ROOT.glob("snippets/*/exercises/*_check.py")
    )
    return [p for p in found if text in p]


def timed(*args, **kwargs) -> tuple[int, str, float]:
    start = time.monotonic()
    code, report = check(*args, **kwargs)
    return code, report, time.monotonic() - start


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.sweep")
    parser.add_argument("--seeds", default="0-19", help="A-B")
    parser.add_argument("-k", default="", help="only exercises whose path has it")
    args = parser.parse_args(argv)
    os.chdir(ROOT)
    os.environ["DOCS_REUSE"] = "0"  # real runs, every time
    low, _, high = args.seeds.partition("-")
    seeds = list(range(int(low), int(high or low) + 1))
    failures = 0
    for starter in exercises(args.k):
        solution = starter.replace(".py", "_solution.py")
        assert spec_file(starter).exists()
        code, _, seconds = timed(starter, "en", script=solution)
        print(f"{starter}: ./dev check on the solution {seconds:.1f} s", flush=True)
        failures += code != 0
        for python in pythons_for(find_exercise(starter, "en")):
            code, report, seconds = timed(
                starter, "en", script=solution, seeds=seeds, python=python
            )
            verdict = "passed" if code == 0 else "FAILED\n" + report
            print(f"  {python.name}: {len(seeds)} seeds {verdict} ({seconds:.1f} s)")
            failures += code != 0
        sys.stdout.flush()
    print(f"{failures} failing" if failures else "every solution passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
