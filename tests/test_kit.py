"""The learner's kit (tools/kit.py): built with the site and with the offline copy, linked from
each chapter's Exercises section and the home pages, runnable from a folder outside the
repository with nothing but CPython, and giving the same verdict as ``./dev check``: the same
exit status and the same failing requirements, hints and seed, on every solution and every kept
wrong answer."""

import os
import re
import subprocess
import zipfile
from pathlib import Path

import pytest
from test_exercises import (
    EXERCISES,
    RACE_SHOWS_MOST_RUNS,
    WRONG,
    judged_on,
    starter_of,
)

from harness.exercises.judge import check
from harness.paths import ROOT, rel
from harness.pythons import PROJECT_PYTHON, pythons
from tools import kit

CHAPTERS = sorted({starter.split("/")[1] for starter in EXERCISES})
ALL = f"{kit.ALL}.zip"


def fail(message):
    pytest.fail(message, pytrace=False)


@pytest.fixture(scope="module")
def unpacked(tmp_path_factory):
    """The kit for every chapter, built as the site build does, unzipped outside the
    repository."""
    where = tmp_path_factory.mktemp("kit")
    kit.build(where / "site", "https://example.org/")
    with zipfile.ZipFile(where / "site" / kit.FOLDER / ALL) as zipped:
        zipped.extractall(where / "reader")
    return where / "reader" / kit.ALL


def run_kit(folder: Path, attempt: str, key: str, python: str, first_failure: bool):
    copy = folder / "attempts" / Path(attempt).name
    copy.parent.mkdir(exist_ok=True)
    copy.write_bytes((ROOT / attempt).read_bytes())
    cmd = [python, "check.pyz", str(copy), "--as", key, "--lang", "en"]
    if first_failure:
        cmd.append("--first-failure")
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL"))
    }
    run = subprocess.run(
        cmd,
        cwd=folder,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        env=dict(env, PYTHONIOENCODING="utf-8", DOCS_REUSE="0"),
    )
    return run.returncode, run.stdout + run.stderr


KEPT = ("  ✓", "  ✗", "    hint:", "the run with seed", "note:", "passed:", "not yet:")


def judged_lines(report: str) -> list[str]:
    """What a verdict says: each requirement kept or not, its hint, the failing seed and its
    conditions, the notes; not the details seen (times differ from run to run), where the task
    is (a path in the repository, an address in the kit) or the file's path."""
    keep = []
    for line in report.splitlines():
        if line.startswith(KEPT):
            line = re.sub(r"\((docs/\S+|https://\S+)\)$", "(…)", line)
            keep.append(re.sub(r"^(passed|not yet): \S+", r"\1", line))
    return keep


def same_verdict(
    code: int, report: str, got: int, said: str, race: bool = False
) -> bool:
    """The same exit status; for a pass, the same lines; for a rejection, the same failing
    seed and at least one failing requirement in common (two real runs may differ on a
    requirement that rests on timing, such as "ends within 1 s", by a few milliseconds).
    A wrong answer caught by a race the shaker cannot force (``race``) may first fail at
    another seed in the other run."""
    if code != got:
        return False
    mine, theirs = judged_lines(report), judged_lines(said)
    if code == 0:
        return mine == theirs
    seed = [line for line in mine if line.startswith("the run with seed")]
    failing = {line for line in mine if line.startswith("  ✗")}
    same_seed = race or seed == [
        line for line in theirs if line.startswith("the run with seed")
    ]
    return same_seed and bool(
        failing & {line for line in theirs if line.startswith("  ✗")}
    )


def key_of(starter: str) -> str:
    return kit.key_of(starter)


@pytest.mark.parametrize("starter", sorted(EXERCISES))
def test_kit_and_dev_check_agree(starter, unpacked):
    """Each solution passes and each wrong answer is rejected through the kit on the project's
    Python, as with ``./dev check`` (``same_verdict``)."""
    attempts = [starter.removesuffix(".py") + "_solution.py"]
    attempts += [w for w in WRONG if starter_of(w) == starter]
    problems = []
    for attempt in attempts:
        wrong = "/wrong/" in attempt
        python = judged_on(attempt) if wrong else PROJECT_PYTHON
        code, report = check(
            starter, "en", script=attempt, stop_early=wrong, python=python
        )
        got, said = run_kit(unpacked, attempt, key_of(starter), python.path, wrong)
        if got == 3 and "needs" in said:  # beyond the standard library: the kit says so
            if code != (1 if wrong else 0):
                problems.append(f"{attempt}: ./dev check exited {code}:\n{report}")
            continue
        if not same_verdict(code, report, got, said, attempt in RACE_SHOWS_MOST_RUNS):
            problems.append(
                f"{attempt}: ./dev check exited {code}, the kit {got}\n"
                f"./dev check:\n{report}\nthe kit:\n{said}"
            )
    if problems:
        fail("\n\n".join(problems))


def oldest_and_newest():
    found = pythons()
    return sorted({found[0], found[-1]}, key=lambda py: py.version)


@pytest.mark.parametrize("chapter", CHAPTERS)
@pytest.mark.parametrize("python", oldest_and_newest(), ids=lambda py: py.name)
def test_kit_passes_every_solution_on_the_oldest_and_newest_python(
    python, chapter, unpacked
):
    """A reader with only that CPython: each solution passes (the plain run and one shaken
    seed, another on each version), except where the kit says it needs a package beyond the
    standard library. ``./dev check`` runs the same code (test_kit_and_dev_check_agree). The
    CPythons between, with every seed and every wrong answer: ``./dev prove-kit``, which CI
    runs after the suite."""
    problems = []
    for starter in sorted(s for s in EXERCISES if s.split("/")[1] == chapter):
        solution = starter.removesuffix(".py") + "_solution.py"
        copy = unpacked / "attempts" / Path(solution).name
        copy.parent.mkdir(exist_ok=True)
        copy.write_bytes((ROOT / solution).read_bytes())
        command = [python.path, "check.pyz", str(copy), "--as", key_of(starter)]
        for seed in (0, 100 + python.version[1]):
            run = subprocess.run(
                [*command, "--seed", str(seed), "--lang", "en"],
                cwd=unpacked,
                capture_output=True,
                text=True,
                encoding="utf-8",
                timeout=300,
                env=dict(os.environ, PYTHONIOENCODING="utf-8"),
            )
            if run.returncode == 3 and "needs" in run.stdout:
                break
            if run.returncode != 0:
                problems.append(
                    f"{solution} on {python.name}, seed {seed}:\n{run.stdout}{run.stderr}"
                )
    if problems:
        fail("\n\n".join(problems))


def test_kit_has_every_chapter(unpacked):
    chapters = sorted(
        p.name for p in unpacked.iterdir() if p.is_dir() and p.name != "attempts"
    )
    assert chapters == CHAPTERS, f"the kit's folders {chapters}, chapters {CHAPTERS}"
    for starter in EXERCISES:
        inside = unpacked / f"{key_of(starter)}.py"
        assert inside.read_bytes() == (ROOT / starter).read_bytes(), (
            f"{rel(inside)} differs from {starter}"
        )


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("chapter", CHAPTERS)
def test_chapter_links_its_kit(site_build, chapter, lang):
    """The chapter's Exercises section links the chapter's zip, and the site holds it."""
    if site_build.returncode != 0:
        fail("properdocs build --strict failed: see test_build_strict")
    page = next(
        f.page for s, f in EXERCISES.items() if s.split("/")[1] == chapter
    ).name.split(".")[0]
    url = f"{'' if lang == 'zh' else 'en/'}{page}/"
    html = (site_build.site / url / "index.html").read_text(encoding="utf-8")
    links = re.findall(r'<a href="([^"]+)" data-kit>', html)
    want = f"{kit.ALL}-{chapter}.zip"
    if not links or not all(link.endswith("/" + want) for link in links):
        fail(f"{url}: the Exercises section links {links}, not the kit {want}")
    target = (site_build.site / url / links[0]).resolve()
    assert target.is_file(), f"{url}: its kit link {links[0]} leads to no file"


@pytest.mark.parametrize("url", ["", "en/"])
def test_home_page_links_the_kit(site_build, url):
    html = (site_build.site / url / "index.html").read_text(encoding="utf-8")
    links = re.findall(rf'<a href="([^"]*{ALL})"', html)
    assert links, f"/{url}: no link to the kit {ALL}"
    assert (site_build.site / url / links[0]).resolve().is_file()


def test_offline_copy_holds_the_kit(offline_build):
    if offline_build.returncode != 0:
        fail("the offline build failed: see test_build.py")
    found = sorted(p.name for p in (offline_build.site / kit.FOLDER).glob("*.zip"))
    assert ALL in found and len(found) == len(CHAPTERS) + 1, found
