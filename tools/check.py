"""``./dev check snippets/<chapter>/exercises/NN_name.py``: is my answer right?

Runs the exercise file (as the reader edited it) several times, each under conditions a seed
decides (a tiny thread switch interval, short pauses at lines of the file, slower or faster waits,
the other start methods for process exercises), and checks each run: a clean exit, the output a
correct answer prints, and every property the exercise's page lists under "What ./dev check
requires". Exit status: 0 passed, 1 not yet, 2 not an exercise.

  --seed N       run with seed N only (a failing run names its seed)
  --seeds A-B    run seeds A to B (maintainers: the suite's 20-seed runs)
  --python X.Y   run on that CPython of the matrix instead of the project's
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from harness.exercises.judge import check
from harness.exercises.verdict import reader_lang
from harness.paths import ROOT
from harness.pythons import PROJECT_PYTHON, pythons


def seed_list(args) -> list[int] | None:
    if args.seed is not None:
        return [args.seed]
    if args.seeds:
        low, _, high = args.seeds.partition("-")
        return list(range(int(low), int(high or low) + 1))
    return None


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        prog="./dev check", description=__doc__.split("\n")[0]
    )
    parser.add_argument("path", help="snippets/<chapter>/exercises/NN_name.py")
    parser.add_argument("--lang", choices=["zh", "en"], default=reader_lang())
    parser.add_argument("--seed", type=int)
    parser.add_argument("--seeds", help="A-B")
    parser.add_argument("--python", help="3.X: a CPython of the matrix")
    parser.add_argument(
        "--script", help=argparse.SUPPRESS
    )  # run another file in its place
    args = parser.parse_args(argv)
    python = PROJECT_PYTHON
    if args.python:
        python = next((py for py in pythons() if py.name == args.python), None)
        if python is None:
            parser.error(f"no CPython {args.python}: {[py.name for py in pythons()]}")
    path = Path(args.path).resolve()
    os.chdir(ROOT)
    shown = (
        path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else args.path
    )
    code, report = check(shown, args.lang, args.script, seed_list(args), python)
    print(report)
    return code


if __name__ == "__main__":
    sys.exit(main())
