"""``python tools/kit_prove.py KIT.zip``: the learner's kit, proven with nothing but CPython.

Standard library only, Python 3.9+ (the workflow runs it on Windows and macOS with 3.9 and
3.15, the suite on Linux with each CPython of the matrix). It unzips the kit into a temporary
folder outside the repository and checks, with ``python check.pyz``, every exercise's solution
(it must pass) and every wrong answer kept in ``snippets/<chapter>/exercises/wrong/`` (it must be
rejected), one line each with its time. A verdict of "cannot be checked here" (exit status 3:
a package beyond the standard library, or an OS that cannot show what the check observes) is
listed with its reason and counted apart. Exit status: 0 when every verdict is as expected.

  python tools/kit_prove.py KIT.zip [-k TEXT] [--jobs N]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from concurrent.futures import ThreadPoolExecutor

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WRONG_ON = re.compile(r"^# wrong on: Python 3\.(\d+)[–-]3\.(\d+)$", re.M)


def attempts(text: str) -> list:
    """(exercise key, file, expected exit status) for every solution and wrong answer."""
    found = []
    snippets = os.path.join(REPO, "snippets")
    for chapter in sorted(os.listdir(snippets)):
        folder = os.path.join(snippets, chapter, "exercises")
        if not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            if not name.endswith("_check.py"):
                continue
            stem = name[: -len("_check.py")]
            key = f"{chapter}/{stem}"
            found.append((key, os.path.join(folder, f"{stem}_solution.py"), 0))
            wrong = os.path.join(folder, "wrong")
            for other in sorted(os.listdir(wrong)) if os.path.isdir(wrong) else []:
                if other.startswith(stem + "__") and other.endswith(".py"):
                    path = os.path.join(wrong, other)
                    if wrong_here(path):
                        found.append((key, path, 1))
    return [a for a in found if text in a[1].replace("\\", "/")]


def wrong_here(path: str) -> bool:
    """A wrong answer marked ``# wrong on: Python 3.9–3.12`` is wrong on those versions only."""
    with open(path, encoding="utf-8") as f:
        m = WRONG_ON.search(f.read())
    return not m or int(m.group(1)) <= sys.version_info[1] <= int(m.group(2))


def prove(folder: str, key: str, path: str, want: int) -> tuple:
    copy = os.path.join(folder, "attempts", key.split("/")[0], os.path.basename(path))
    os.makedirs(os.path.dirname(copy), exist_ok=True)
    shutil.copyfile(path, copy)
    cmd = [sys.executable, "check.pyz", copy, "--as", key, "--lang", "en"]
    if want:
        cmd.append("--first-failure")
    started = time.monotonic()
    run = subprocess.run(
        cmd,
        cwd=folder,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=600,
        env=dict(os.environ, PYTHONIOENCODING="utf-8"),
    )
    return run.returncode, run.stdout + run.stderr, time.monotonic() - started


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python tools/kit_prove.py")
    parser.add_argument(
        "kit", help="python-threads-exercises.zip, as the site serves it"
    )
    parser.add_argument("-k", default="", help="only files whose path has it")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    print(f"{sys.executable}: Python {sys.version.split()[0]} on {sys.platform}")
    todo = attempts(args.k)
    bad, not_here, slowest = [], [], 0.0
    with tempfile.TemporaryDirectory(prefix="kit-prove-") as tmp:
        with zipfile.ZipFile(args.kit) as zipped:
            zipped.extractall(tmp)
        (top,) = os.listdir(tmp)
        folder = os.path.join(tmp, top)
        with ThreadPoolExecutor(max_workers=args.jobs) as pool:
            results = pool.map(lambda a: prove(folder, *a), todo)
            for (_key, path, want), (code, output, seconds) in zip(todo, results):
                shown = os.path.relpath(path, REPO).replace("\\", "/")
                slowest = max(slowest, seconds)
                if code == 3:
                    not_here.append(shown)
                    print(f"not here  {shown} ({seconds:.1f} s): {output.strip()}")
                    continue
                ok = code == want and ("✗" in output) == bool(want)
                print(
                    f"{'ok' if ok else 'WRONG':<9} {shown}: exit {code} ({seconds:.1f} s)"
                )
                if not ok:
                    bad.append(shown)
                    print("    " + output.replace("\n", "\n    "))
                sys.stdout.flush()
    print(
        f"{len(todo)} files: {len(todo) - len(bad) - len(not_here)} as expected, "
        f"{len(bad)} not, {len(not_here)} cannot be checked here; slowest {slowest:.1f} s"
    )
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
