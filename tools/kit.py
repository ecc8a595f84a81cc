"""The learner's kit, built from the repository at each site build (``overrides/hooks.py``
calls ``build`` after MkDocs has written the site; the offline copy is built the same way).

Into ``<site>/kit/`` it writes:

- ``check.pyz``: a zipapp of ``harness/exercises`` (the modules ``./dev check`` runs), every
  exercise's check (``specs/<chapter>/NN_name_check.py``) and ``facts.json`` (the output a correct
  answer prints, taken from the pages, per range of versions, and the task's address);
- ``python-threads-exercises-<chapter>.zip``: the chapter's starters, ``check.pyz`` and a
  README (zh and en), under one top folder; ``python-threads-exercises.zip``: every chapter.

Nothing is kept by hand: the starters, checks and outputs are the repository's. Every file in
the zips gets the same timestamp, so an unchanged repository gives the same bytes.

  python -m tools.kit [DEST]    build the kit into DEST (default: site/kit) and list its files
"""

from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path

from harness.exercises.judge import facts, spec_file
from harness.paths import ROOT, page_url
from harness.pythons import third_party

FOLDER = "kit"
ALL = "python-threads-exercises"
MODULES = [
    "harness/__init__.py",
    "harness/exercises/__init__.py",
    "harness/exercises/conditions.py",
    "harness/exercises/hooks.py",
    "harness/exercises/kit.py",
    "harness/exercises/observe.py",
    "harness/exercises/recorder.py",
    "harness/exercises/spec.py",
    "harness/exercises/verdict.py",
]
MAIN = '''"""python check.pyz FILE: the check of an exercise (see harness/exercises/kit.py)."""
import sys

if sys.version_info < (3, 9):
    sys.exit("check.pyz needs Python 3.9 or newer")
from harness.exercises.kit import main

sys.exit(main())
'''
STAMP = (2026, 1, 1, 0, 0, 0)
README = """Python 线程与进程：练习包 / Python threads and processes: exercises
=================================================================

中文
----
每个文件夹是一章的练习（{chapters}）。先运行题目文件，看到问题，再修改它，然后检查：

    python check.pyz {example}

只需要 CPython 3.9 或更新版本，不需要安装任何东西（Windows 上可以用 py check.pyz …）。
check.pyz 和仓库里的 ./dev check 运行的是同一套代码：它把你的文件运行好几次，每次在一组由种子
决定的条件下，观察它做了什么，并逐条列出练习要求的是否成立。某次运行失败时，它会给出种子，
python check.pyz FILE --seed N 会原样重跑那一次。python check.pyz --list 列出全部练习。
题目和答案在网站上：{site}

English
-------
Each folder holds one chapter's exercises ({chapters}). Run an exercise's file to see the
problem, change it, then check it:

    python check.pyz {example}

It needs CPython 3.9 or newer and nothing else (on Windows, py check.pyz … works too).
check.pyz runs the same code as the repository's ./dev check: it runs your file several times,
each under conditions a seed decides, watches what it does and lists each requirement of the
exercise as kept or not. A failing run names its seed, and python check.pyz FILE --seed N
repeats it. python check.pyz --list lists every exercise.
The tasks and their solutions are on the site: {site}
"""


def starters() -> list[str]:
    """Every exercise with a check: ``snippets/<chapter>/exercises/NN_name.py``."""
    return sorted(
        p.relative_to(ROOT).as_posix().removesuffix("_check.py") + ".py"
        for p in ROOT.glob("snippets/*/exercises/*_check.py")
    )


def key_of(starter: str) -> str:
    """``snippets/lock/exercises/01_fix_race.py`` -> ``lock/01_fix_race``."""
    parts = starter.split("/")
    return f"{parts[1]}/{parts[-1].removesuffix('.py')}"


def address(site_url: str, page: str) -> str:
    """The page of ``page`` (``docs/lock.en.md:382``) on the site, at its Exercises."""
    path = ROOT / page.split(":")[0]
    return site_url.rstrip("/") + page_url(path)[1] + "#exercises"


def all_facts(site_url: str) -> dict:
    found = {}
    for starter in starters():
        known = facts(starter)
        if known is None:
            continue
        where = {lang: address(site_url, known["where"][lang]) for lang in ("zh", "en")}
        known = facts(starter, where)
        known["needs"] = sorted(third_party(starter))
        found[key_of(starter)] = known
    return found


def add(zipped: zipfile.ZipFile, name: str, data: bytes) -> None:
    info = zipfile.ZipInfo(name, STAMP)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    zipped.writestr(info, data)


def build_pyz(dest: Path, known: dict) -> Path:
    pyz = dest / "check.pyz"
    with zipfile.ZipFile(pyz, "w") as zipped:
        add(zipped, "__main__.py", MAIN.encode())
        for module in MODULES:
            add(zipped, module, (ROOT / module).read_bytes())
        for key in sorted(known):
            starter = f"snippets/{key.split('/')[0]}/exercises/{key.split('/')[1]}.py"
            add(zipped, f"specs/{key}_check.py", spec_file(starter).read_bytes())
        text = json.dumps(known, ensure_ascii=False, indent=1, sort_keys=True)
        add(zipped, "facts.json", text.encode())
    return pyz


def build_zip(dest: Path, name: str, keys: list, pyz: bytes, site_url: str) -> Path:
    chapters = sorted({k.split("/")[0] for k in keys})
    target = dest / f"{name}.zip"
    with zipfile.ZipFile(target, "w") as zipped:
        add(zipped, f"{name}/check.pyz", pyz)
        readme = README.format(
            chapters=", ".join(chapters), example=f"{keys[0]}.py", site=site_url
        )
        add(zipped, f"{name}/README.txt", readme.replace("\n", "\r\n").encode())
        for key in keys:
            chapter, stem = key.split("/")
            starter = ROOT / "snippets" / chapter / "exercises" / f"{stem}.py"
            add(zipped, f"{name}/{key}.py", starter.read_bytes())
    return target


def build(site_dir: Path, site_url: str) -> list[Path]:
    """The kit under ``site_dir/kit``: check.pyz, one zip per chapter and one for all."""
    dest = Path(site_dir) / FOLDER
    dest.mkdir(parents=True, exist_ok=True)
    known = all_facts(site_url)
    pyz = build_pyz(dest, known)
    data = pyz.read_bytes()
    made = [pyz, build_zip(dest, ALL, sorted(known), data, site_url)]
    for chapter in sorted({k.split("/")[0] for k in known}):
        keys = sorted(k for k in known if k.startswith(chapter + "/"))
        made.append(build_zip(dest, f"{ALL}-{chapter}", keys, data, site_url))
    return made


def main(argv: list[str]) -> int:
    dest = Path(argv[0]) if argv else ROOT / "site"
    for path in build(dest, "http://127.0.0.1:8000/"):
        print(f"{path}: {path.stat().st_size / 1000:.1f} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
