"""``./dev check``: the repository's side of the verdict (``verdict`` has the rest, which the
learner's kit runs too).

It finds the exercise on the pages, takes the output a correct answer prints from them
(``facts``), and runs ``observe`` on a CPython of the matrix from the repository root, reusing a
run while nothing it depends on has changed (nothing from an earlier run under CI=true).
"""

from __future__ import annotations

import sys
from pathlib import Path

from harness import reuse
from harness.exercises.spec import Seen, load_spec
from harness.exercises.verdict import OPTIONS, SAY, check_attempt, observe, reader_env
from harness.fences import Fence, PageError
from harness.pages import load_page
from harness.paths import ROOT, page_paths
from harness.pythons import PROJECT_PYTHON, Python, shim_dir
from harness.verdicts import machine_slot


def spec_file(starter: str) -> Path:
    return ROOT / (starter.removesuffix(".py") + "_check.py")


def find_exercise(path: str, lang: str) -> Fence | None:
    """The .exercise block for ``path``, preferring the page in the reader's language."""
    found = []
    for page_path in page_paths():
        try:
            page = load_page(page_path)
        except PageError:
            continue
        found += [
            f for f in page.fences if f.is_exercise and f.options.get("title") == path
        ]
    found.sort(key=lambda f: not f.page.name.endswith(f".{lang}.md"))
    return found[0] if found else None


def facts(path: str, where: dict | None = None) -> dict | None:
    """What the verdict needs to know of the exercise at ``path`` from its pages: the outputs
    a correct answer prints (per range of versions, with their markers) and where the task is
    in each language (``where``: put in its place, e.g. the kit's page addresses)."""
    fences = {lang: find_exercise(path, lang) for lang in ("zh", "en")}
    if fences["en"] is None:
        return None
    places = {
        lang: (where or {}).get(lang) or (f or fences["en"]).where
        for lang, f in fences.items()
    }
    outputs = []
    for k, (versions, out) in enumerate(fences["en"].outputs):
        shown = {}
        for lang in ("zh", "en"):
            twin = fences[lang] or fences["en"]
            outs = twin.outputs if len(twin.outputs) > k else fences["en"].outputs
            shown[lang] = (where or {}).get(lang) or outs[k][1].where
        outputs.append(
            {
                "low": list(versions.low),
                "high": list(versions.high) if versions.high else None,
                "text": out.code,
                "classes": sorted(out.classes),
                "where": shown,
            }
        )
    return {"path": path, "outputs": outputs, "where": places}


def run_once(attempt: str, spec_path: Path, conditions, python: Python) -> tuple:
    """One run of the attempt and what it was seen doing (reused while its inputs, the
    conditions, the interpreter and the harness are unchanged; nothing from an earlier run
    under CI=true)."""
    observer = [python.path, *OPTIONS, "-m", "harness.exercises.observe"]
    cmd = [*observer, attempt, str(spec_path), conditions.to_json()]
    name = None
    if reuse.enabled() and Path(attempt).resolve().is_relative_to(ROOT):  # not tmp
        name = reuse.key(cmd, python, [attempt, str(spec_path)], extra="exercise")
        if (kept := reuse.load_with(name, "seen")) is not None:
            run, extra = kept
            return run, (Seen(extra["seen"], run.stdout) if extra["seen"] else None)
    folders = [str(Path(sys.executable).parent)]
    if not python.is_project:
        folders.insert(0, shim_dir(python))
    env = reader_env(folders)
    with machine_slot("exercise"):
        run, data = observe(
            observer, attempt, str(spec_path), conditions, env, str(ROOT)
        )
    if name and run.returncode is not None:  # a run killed at the timeout is not kept
        reuse.store(name, run, seen=data)
    return run, (Seen(data, run.stdout) if data else None)


def check(
    path: str,
    lang: str,
    script: str | None = None,
    seeds: list[int] | None = None,
    python: Python = PROJECT_PYTHON,
    stop_early: bool = False,
    verdicts_out: list | None = None,
) -> tuple[int, str]:
    """(exit status, report) for the exercise at ``path``, running ``script`` (default: the file
    at ``path`` itself, as the reader edited it). Exit status: 0 passed, 1 not yet, 2 unknown,
    3 cannot be checked on this OS."""
    say = SAY[lang]
    if (ROOT / path).exists():
        path = (ROOT / path).resolve().relative_to(ROOT).as_posix()
    known = facts(path)
    if known is None:
        return 2, say["unknown"].format(path=path)
    spec_path = spec_file(path)
    if not spec_path.exists():
        return 2, say["no_check"].format(path=path, spec=spec_path.relative_to(ROOT))
    spec = load_spec(str(spec_path))
    attempt = script or path
    return check_attempt(
        path,
        known,
        spec,
        lambda c: run_once(attempt, spec_path, c, python),
        python.version,
        lang,
        seeds,
        stop_early,
        verdicts_out=verdicts_out,
    )
