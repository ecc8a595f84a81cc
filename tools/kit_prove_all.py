"""``./dev prove-kit``: the learner's kit as the site serves it, proven on every CPython of the
matrix: every solution passes and every wrong answer is rejected (``tools/kit_prove.py``, run by
each interpreter in turn, the way a reader with only that CPython runs the kit).

The suite runs each solution through the kit on the oldest and the newest CPython and compares
the kit with ``./dev check`` on the project's Python; every solution and wrong answer on every
CPython takes about as long as the rest of the suite, so CI runs them here, after the suite.
Exit status: 0 when every verdict is as expected.

  ./dev prove-kit [-k TEXT] [--jobs N]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from harness.paths import ROOT
from harness.pythons import matrix_line, pythons
from tools import kit


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="./dev prove-kit")
    parser.add_argument("-k", default="", help="only files whose path has it")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    print(matrix_line(), flush=True)
    failed = []
    with tempfile.TemporaryDirectory(prefix="prove-kit-") as tmp:
        kit.build(Path(tmp), "http://127.0.0.1:8000/")
        zipped = Path(tmp) / kit.FOLDER / f"{kit.ALL}.zip"
        for python in pythons():
            started = time.monotonic()
            print(f"\n== {python.name} ({python.path})", flush=True)
            prove = [python.path, str(ROOT / "tools" / "kit_prove.py"), str(zipped)]
            done = subprocess.run(
                [*prove, "-k", args.k, "--jobs", str(args.jobs)],
                cwd=ROOT,  # a Debian root's interpreter sees the current folder and /tmp
                timeout=3600,
                check=False,
            )
            took = time.monotonic() - started
            print(
                f"== {python.name}: exit {done.returncode} in {took:.0f} s", flush=True
            )
            if done.returncode != 0:
                failed.append(python.name)
    if failed:
        print(f"prove-kit: verdicts not as expected on {', '.join(failed)}")
        return 1
    print("prove-kit: every verdict as expected on every CPython of the matrix")
    return 0


if __name__ == "__main__":
    sys.exit(main())
