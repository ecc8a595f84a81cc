"""The learner's kit: ``python check.pyz lock/01_fix_race.py``, with nothing but CPython 3.9+.

``check.pyz`` (built by ``tools/kit.py`` from this repository at each site build) holds this
package's modules, each exercise's check (``specs/<chapter>/NN_name_check.py``) and what its
pages show (``facts.json``: the output a correct answer prints, per range of versions, and the
task's address). It runs ``verdict.check_attempt``, the code ``./dev check`` runs, with the
interpreter that runs it; ``observe`` runs as ``python check.pyz --observe …``.

  python check.pyz FILE [--seed N] [--seeds A-B] [--lang zh|en]
  python check.pyz --list        the exercises it knows, and the files they are in
"""

from __future__ import annotations

import argparse
import json
import os
import sys

from harness.exercises.spec import Seen, load_spec, read_source
from harness.exercises.verdict import (
    OPTIONS,
    check_attempt,
    observe,
    reader_env,
    reader_lang,
)

NEEDS = {
    "zh": "{path} 需要 Python 标准库之外的包 {names}：先安装（python -m pip install {names}），"
    "再检查。",
    "en": "{path} needs {names}, beyond the standard library: install it first "
    "(python -m pip install {names}), then check again.",
}
UNKNOWN = {
    "zh": "{path} 不是这个练习包里的练习。可以检查的文件：\n{known}",
    "en": "{path} is not an exercise of this kit. The files it checks:\n{known}",
}
AMBIGUOUS = {
    "zh": "{path} 对应多道练习，请用 --as 指明：{names}",
    "en": "{path} matches several exercises; name one with --as: {names}",
}


def archive() -> str:
    """The path of ``check.pyz``: the first file up from this module's path (the zip)."""
    here = os.path.abspath(__file__)
    while not os.path.isfile(here):
        parent = os.path.dirname(here)
        if parent == here:
            raise SystemExit("check.pyz: run this file as python check.pyz FILE")
        here = parent
    return here


def load_facts(pyz: str) -> dict:
    return json.loads(read_source(f"{pyz}/facts.json"))


def which(path: str, named: str | None, facts: dict) -> tuple:
    """The exercise key (``lock/01_fix_race``) for ``path``: its folder and name, or its name
    alone when that is unique; ``named`` (``--as``) wins."""
    if named:
        key = named.replace("\\", "/").removesuffix(".py")
        return (key, None) if key in facts else (None, [])
    parts = os.path.abspath(path).replace("\\", "/").split("/")
    key = "/".join(parts[-2:]).removesuffix(".py")
    if key in facts:
        return key, None
    stem = parts[-1].removesuffix(".py")
    found = [k for k in facts if k.split("/")[-1] == stem]
    return (found[0], None) if len(found) == 1 else (None, found)


def missing_modules(names: list) -> list:
    import importlib.util

    return [n for n in names if importlib.util.find_spec(n) is None]


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    for stream in (sys.stdout, sys.stderr):  # a Windows pipe's code page has no ✓
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    pyz = archive()
    if argv[:1] == ["--observe"]:
        from harness.exercises import observe as observer

        return observer.main(argv[1:])
    facts = load_facts(pyz)
    parser = argparse.ArgumentParser(
        prog="python check.pyz",
        description="Check an exercise of the Python threads and processes site.",
    )
    parser.add_argument(
        "path", nargs="?", help="an exercise file, e.g. lock/01_fix_race.py"
    )
    parser.add_argument("--lang", choices=["zh", "en"], default=reader_lang())
    parser.add_argument("--seed", type=int, help="run with seed N only")
    parser.add_argument("--seeds", help="A-B: run seeds A to B")
    parser.add_argument(
        "--as", dest="named", help="the exercise, e.g. lock/01_fix_race"
    )
    parser.add_argument("--list", action="store_true", help="the exercises it checks")
    parser.add_argument(  # the proofs: a wrong answer's verdict in less CPU time
        "--first-failure", action="store_true", help=argparse.SUPPRESS
    )
    args = parser.parse_args(argv)
    lang = args.lang
    if args.list or not args.path:
        for key in sorted(facts):
            print(f"{key}.py  {facts[key]['where'][lang]}")
        return 0 if args.list else 2
    key, candidates = which(args.path, args.named, facts)
    if key is None:
        if candidates:
            print(AMBIGUOUS[lang].format(path=args.path, names=", ".join(candidates)))
        else:
            known = "\n".join(f"  {k}.py" for k in sorted(facts))
            print(UNKNOWN[lang].format(path=args.path, known=known))
        return 2
    known = facts[key]
    absent = missing_modules(known.get("needs", []))
    if absent:
        print(NEEDS[lang].format(path=args.path, names=" ".join(absent)))
        return 3
    seeds = None
    if args.seed is not None:
        seeds = [args.seed]
    elif args.seeds:
        low, _, high = args.seeds.partition("-")
        seeds = list(range(int(low), int(high or low) + 1))
    spec_path = f"{pyz}/specs/{key}_check.py"
    spec = load_spec(spec_path)
    attempt = os.path.abspath(args.path)
    observer = [sys.executable, *OPTIONS, pyz, "--observe"]

    def run_one(conditions):
        run, data = observe(
            observer, attempt, spec_path, conditions, reader_env(), os.getcwd()
        )
        return run, (Seen(data, run.stdout) if data else None)

    code, report = check_attempt(
        args.path,
        known,
        spec,
        run_one,
        sys.version_info[:2],
        lang,
        seeds,
        stop_early=args.first_failure,
        command="python check.pyz",
    )
    print(report)
    return code
