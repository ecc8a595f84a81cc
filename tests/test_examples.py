"""Every code block a reader sees runs on every CPython of the matrix and prints what the page
shows; one test per example, its versions run side by side and reported together.

Stdlib examples run on each CPython from 3.9 on (``harness.pythons``), or from the minimum an
example declares (``# requires: Python 3.11+``); examples that import third-party packages run
on the project's interpreter only. An exercise's starter must *not* print the output its page
shows: that output is what a correct answer prints.
"""

import re

import pytest

from harness.fences import PageError
from harness.missing import not_here
from harness.outputs import (
    find_versions_line,
    output_diff,
    output_groups,
    versions_line,
    write_outputs,
    write_versions_line,
)
from harness.pages import load_page, pages_or_errors, solution_of
from harness.paths import IN_CI, page_paths, rel
from harness.pythons import (
    PROJECT_PYTHON,
    matrix_name,
    missing_minors,
    missing_required,
    pythons_for,
)
from harness.run import problems
from harness.verdicts import collapse, judge_example, run_everywhere


def collect_examples() -> dict[str, list]:
    """Runnable blocks, one entry per distinct block: twins share their examples."""
    examples: dict[tuple, list] = {}
    for page in pages_or_errors()[0]:  # pages that do not load fail in test_pages.py
        for fence in page.fences:
            if fence.runs:
                examples.setdefault(fence.twin_key, []).append(fence)
    ids = {}
    for fences in examples.values():
        name = fences[0].name
        ids[name if name not in ids else f"{name}@{fences[0].where}"] = fences
    return ids


EXAMPLES = collect_examples()


def pytest_generate_tests(metafunc):
    """One test per example; a solution is judged by ./dev check on every Python instead
    (tests/test_exercises.py), except by ./dev update-outputs, which writes its output."""
    if "name" in metafunc.fixturenames:
        update = metafunc.config.getoption("update_outputs")
        names = [
            name
            for name, fences in EXAMPLES.items()
            if update or not solution_of(fences[0], reverse=True)
        ]
        metafunc.parametrize("name", names)


def test_example(name, request):
    fences = EXAMPLES[name]
    if not pythons_for(fences[0]):
        not_here(
            f"{fences[0].where} requires Python 3.{fences[0].oldest[1]}+ and the matrix "
            f"here is {matrix_name()}"
        )
    if request.config.getoption("update_outputs"):
        return update_outputs(fences)
    if fences[0].is_exercise:
        return check_starter(fences[0])
    message = judge_example(fences, run_everywhere(fences[0]))
    if message:
        pytest.fail(message, pytrace=False)


def check_starter(fence) -> None:
    """An exercise's starter shows the problem: on no Python may it already print the answer."""
    solved = {}
    for python, run in run_everywhere(fence).items():
        if run.leftovers:
            solved[python] = f"left processes running: {', '.join(run.leftovers)}"
        elif not problems(run) and not output_diff(
            fence.output_for(python.version), run.stdout
        ):
            solved[python] = (
                f"the starter already prints what a correct answer prints "
                f"({fence.output_for(python.version).where}); a starter shows the problem "
                "its exercise asks to fix"
            )
    if solved:
        pytest.fail(
            f"{fence.where} ({fence.whole_snippet}):\n" + "\n".join(collapse(solved))
        )


def update_outputs(fences) -> None:
    """``./dev update-outputs``: run on every version and write what each printed, per version
    where they differ. A solution's output is also the output its exercise expects."""
    fence = fences[0]
    if fence.is_exercise:
        return  # written from its solution
    runs = run_everywhere(fence)
    failed = {py: "\n".join(problems(run)) for py, run in runs.items() if problems(run)}
    if failed:
        pytest.fail(f"{fence.where} ({fence.name}):\n" + "\n".join(collapse(failed)))
    printed = {py.version: run.stdout for py, run in runs.items()}
    if not fence.outputs and not any(text.strip() for text in printed.values()):
        return
    for f in fences:
        current = load_page(f.page).fences[f.index]
        targets = [current]
        exercise = solution_of(current, reverse=True)
        if exercise is not None:
            targets.append(exercise)
        for target in targets:
            write_outputs(target, output_groups(target, printed))


@pytest.mark.parametrize("path", page_paths(), ids=lambda p: p.name)
def test_page_names_the_versions_its_examples_ran_on(path, request):
    """Each page with examples says which CPythons ran them: one generated line, never typed."""
    try:
        page = load_page(path)
    except PageError as exc:
        pytest.fail(str(exc), pytrace=False)
    ran = sorted(
        {py for fence in page.fences if fence.runs for py in pythons_for(fence)},
        key=lambda py: (py.version, py.release),
    )
    wanted = versions_line(page, [py.release for py in ran])
    found = find_versions_line(page)
    if wanted is None or (found and found[1] == wanted):
        return
    if request.config.getoption("update_outputs"):
        return write_versions_line(page, wanted)
    if found and not IN_CI and names_all_of(found[1], wanted):
        return  # other patch releases, or fewer minors, than CI's (the run's summary says)
    if found and not IN_CI and ran == [PROJECT_PYTHON]:
        return  # third-party examples run on the venv's Python: CI's names its own
    where = f"{rel(path)}:{found[0] + 1}" if found else rel(path)
    local = "" if IN_CI else " (on this machine's CPythons; CI's matrix names its own)"
    pytest.fail(
        f"{where}: the line naming the CPythons that ran this page's examples should "
        f"read{local}\n  {wanted}\n(`./dev update-outputs` writes it)",
        pytrace=False,
    )


def names_all_of(line: str, local: str) -> bool:
    """Whether a page's versions line names every minor version the local one does, and
    otherwise only minors missing here (tests/conftest.py names them at the end of the run)."""

    def minors(text):
        return set(re.findall(r"\b(3\.\d+)(?:\.\d+)?", text))

    return minors(local) <= minors(line) and minors(line) - minors(local) <= set(
        missing_minors()
    )


def test_required_pythons_are_installed():
    """Under CI=true the version matrix must include the oldest and the newest CPythons it
    promises; elsewhere their absence is said, with the command that installs them."""
    missing = missing_required()
    if missing:
        fixes = []
        if any(v != "3.9" for v in missing):
            fixes.append("sudo ./dev provision (a Debian sid root gives 3.13-3.15)")
        # Debian 11's 3.9.2 prints otherwise in three examples (CONTRIBUTING.md: roots)
        if "3.9" in missing:
            fixes.append("pyenv install 3.9.18")
        fixes.append("or name them: PYTHONS=/path/python3.9:/path/python3.15")
        not_here(
            f"no CPython {', '.join(missing)} to run the examples on", "; ".join(fixes)
        )
