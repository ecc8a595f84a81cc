"""Run every code block a reader sees, on every CPython found, and compare what it prints.

Stdlib examples run on each CPython from 3.9 on (see ``docs_harness.pythons``); examples that
import third-party packages run on the project's interpreter only. An exercise's starter must
*not* print the output its page shows: that output is what a correct answer prints.
"""

import os

import pytest
from docs_harness import (
    EXAMPLE_TIMEOUT,
    REQUIRED_IN_CI,
    ROOT,
    PageError,
    Run,
    find_versions_line,
    load_page,
    output_diff,
    output_groups,
    page_paths,
    pythons,
    pythons_for,
    run_fence,
    solution_of,
    versions_line,
    write_outputs,
    write_versions_line,
)


def collect_examples() -> dict[str, list]:
    """Runnable blocks, one entry per distinct block: twins share their examples."""
    examples: dict[tuple, list] = {}
    for path in page_paths():
        try:
            page = load_page(path)
        except PageError:
            continue  # reported by test_pages.py::test_page_follows_conventions
        for fence in page.fences:
            if fence.runs:
                examples.setdefault(fence.twin_key, []).append(fence)
    ids = {}
    for fences in examples.values():
        first = fences[0]
        name = first.snippets[0] if first.snippets else f"{first.page.name}:{first.line}"
        ids[name if name not in ids else f"{name}@{first.where}"] = fences
    return ids


EXAMPLES = collect_examples()


def pytest_generate_tests(metafunc):
    if "solution" in metafunc.fixturenames:
        solutions = [fs[0] for fs in EXAMPLES.values() if solution_of(fs[0], reverse=True)]
        metafunc.parametrize("solution", solutions, ids=[s.whole_snippet for s in solutions])
    if "python" not in metafunc.fixturenames:
        return
    if metafunc.config.getoption("update_outputs"):  # one test per example runs every version
        metafunc.parametrize("name", EXAMPLES)
        metafunc.parametrize("python", [None], ids=["all"])
        return
    cases = [(name, py) for name, fences in EXAMPLES.items() for py in pythons_for(fences[0])]
    metafunc.parametrize(("name", "python"), cases, ids=[f"{n}-{py.name}" for n, py in cases])


def context_of(fences, python) -> str:
    fence = fences[0]
    source = f" ({', '.join(fence.snippets)})" if fence.snippets else ""
    where = " and ".join(f.where for f in fences)
    return f"{where}{source} on Python {python.name}"


def fail_unless_clean(run: Run, context: str) -> None:
    """A run that hung, failed, wrote to stderr or left processes behind fails the test."""
    if run.returncode is None:
        pytest.fail(
            f"{context}: still running after {EXAMPLE_TIMEOUT} s, killed with its child processes.\n"
            f"stdout so far:\n{run.stdout}\nstderr so far:\n{run.stderr}",
            pytrace=False,
        )
    if run.returncode != 0 or run.stderr:
        pytest.fail(
            f"{context}: exited with {run.returncode} and wrote to stderr:\n{run.stderr}\nstdout:\n{run.stdout}",
            pytrace=False,
        )
    if run.leftovers:
        pytest.fail(f"{context}: left processes running: {run.leftovers}", pytrace=False)


def test_example(name, python, request):
    fences = EXAMPLES[name]
    if python is None:
        return update_outputs(fences)
    fence = fences[0]
    context = context_of(fences, python)
    if fence.is_exercise and python.is_project:
        return check_command_fails_on_the_starter(fence, context)
    run = run_fence(fence, python=python)
    if fence.is_exercise:
        return check_starter(fence, run, context, python)
    fail_unless_clean(run, context)
    if not fence.outputs:
        if run.stdout.strip():
            pytest.fail(
                f"{context}: prints output but the page shows none; add an output block "
                f"(`./dev update-outputs` writes it from a real run):\n{run.stdout}",
                pytrace=False,
            )
        return
    shown = fence.output_for(python.version)
    diff = output_diff(shown, run.stdout)
    if diff:
        where = " and ".join(f.output_for(python.version).where for f in fences)
        pytest.fail(
            f"{where}: the output shown is not what {context} printed "
            f"(`./dev update-outputs` rewrites it from a real run):\n{diff}",
            pytrace=False,
        )


def check_starter(fence, run: Run, context: str, python) -> None:
    """An exercise's starter shows the problem: it must not already print the right answer."""
    if run.leftovers:
        pytest.fail(f"{context}: left processes running: {run.leftovers}", pytrace=False)
    shown = fence.output_for(python.version)
    solved = run.returncode == 0 and not run.stderr and not output_diff(shown, run.stdout)
    if solved:
        pytest.fail(
            f"{context}: this exercise's starter already prints what a correct answer prints "
            f"({shown.where}); a starter must show the problem it asks to fix",
            pytrace=False,
        )


def check_command_fails_on_the_starter(fence, context) -> None:
    """On the project's Python the starter is judged by ``./dev check`` itself, as a reader's
    attempt is: it must say "not yet" (exit 1) in both languages' words."""
    from check_exercise import check

    code, report = check(fence.whole_snippet, "en")
    if code != 1:
        pytest.fail(
            f"{context}: `./dev check {fence.whole_snippet}` on the untouched starter exited "
            f"{code}, not 1; a starter must show the problem it asks to fix:\n{report}",
            pytrace=False,
        )


def test_check_command_passes_with_the_solution(solution):
    """``./dev check`` passes when the solution is put in the starter's place."""
    from check_exercise import check

    starter = solution.options["title"].removesuffix("_solution.py") + ".py"
    code, report = check(starter, "zh", script=solution.whole_snippet)
    assert code == 0 and report.startswith("通过"), (
        f"{solution.where}: `./dev check {starter}` with {solution.whole_snippet} in its place "
        f"exited {code}:\n{report}"
    )


def update_outputs(fences) -> None:
    """``./dev update-outputs``: run on every version and write what each printed, per version
    where they differ. A solution's output is also the output its exercise expects."""
    fence = fences[0]
    if fence.is_exercise:
        return  # written from its solution
    printed = {}
    for python in pythons_for(fence):
        run = run_fence(fence, python=python)
        fail_unless_clean(run, context_of(fences, python))
        printed[python.version] = run.stdout
    if not fence.outputs and not any(text.strip() for text in printed.values()):
        return
    for f in fences:
        current = load_page(f.page).fences[f.index]
        targets = [current]
        exercise = solution_of(current, reverse=True)
        if exercise is not None:
            targets.append(exercise)
        for target in targets:
            groups = output_groups(target, printed)
            write_outputs(target, groups)


@pytest.mark.parametrize("path", page_paths(), ids=lambda p: p.name)
def test_page_names_the_versions_its_examples_ran_on(path, request):
    """Each page with examples says which CPythons ran them: one generated line, never typed."""
    try:
        page = load_page(path)
    except PageError:
        pytest.skip("reported by test_pages.py::test_page_follows_conventions")
    wanted, found = versions_line(page), find_versions_line(page)
    if wanted is None or (found and found[1] == wanted):
        return
    if request.config.getoption("update_outputs"):
        return write_versions_line(page, wanted)
    missing = not set(REQUIRED_IN_CI) <= {py.version for py in pythons()}
    if found and missing and os.environ.get("CI") != "true":
        pytest.skip(f"{path.name}: names versions not installed here; {found[1]}")
    where = f"{path.relative_to(ROOT)}:{found[0] + 1}" if found else str(path.relative_to(ROOT))
    pytest.fail(
        f"{where}: the line naming the CPythons that ran this page's examples should read\n"
        f"  {wanted}\n(`./dev update-outputs` writes it)",
        pytrace=False,
    )


def test_required_pythons_are_installed():
    """Under CI=true the version matrix must include the oldest and newest CPython it promises."""
    found = {py.version for py in pythons()}
    missing = [f"3.{minor}" for _, minor in REQUIRED_IN_CI if (3, minor) not in found]
    if not missing:
        return
    hint = (
        f"install them with pyenv (pyenv install {' '.join(missing)}) or list interpreters in "
        f"PYTHONS=/path/to/python3.9{os.pathsep}/path/to/python3.13"
    )
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI=true and no CPython {', '.join(missing)} to run the examples on: {hint}")
    pytest.skip(f"examples not run on CPython {', '.join(missing)}: {hint}")
