"""The GitHub workflow, checked offline: GitHub's schema (check-jsonschema) and zizmor's audits.

GitHub is not reachable from every machine that runs this suite, so the workflow is checked
here before it ever runs: a workflow that GitHub would reject, or that zizmor flags (an unpinned
action, a template injection, credentials left in the checkout), fails with the tool's own words.
Each check is also run on a broken copy, to show that it can fail.
"""

import ast
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from harness.paths import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"
BIN = Path(sys.executable).parent  # both tools come from requirements.txt, in the venv


def check_jsonschema(folder: Path) -> list[str]:
    files = sorted(str(p) for p in folder.glob("*.yml"))
    assert files, f"no workflow in {folder}"
    return [
        str(BIN / "check-jsonschema"),
        "--builtin-schema",
        "vendor.github-workflows",
        *files,
    ]


def zizmor(folder: Path) -> list[str]:
    return [
        str(BIN / "zizmor"),
        "--offline",
        "--no-progress",
        "--color",
        "never",
        str(folder),
    ]


CHECKS = [check_jsonschema, zizmor]


def assert_passes(check, folder: Path) -> None:
    """Run ``check`` on the workflows in ``folder``; fail with the tool's output if it objects."""
    command = check(folder)
    result = subprocess.run(
        command, capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    assert result.returncode == 0, (
        f"{Path(command[0]).name} rejects the workflows in {folder} "
        f"(exit {result.returncode}):\n{result.stdout}\n{result.stderr}"
    )


@pytest.mark.parametrize("check", CHECKS, ids=lambda c: c.__name__)
def test_workflow_passes(check):
    assert_passes(check, WORKFLOWS)


def broken_copy(tmp_path: Path, old: str, new: str) -> Path:
    """A copy of the workflows with ``old`` replaced by ``new`` in docs.yml."""
    folder = tmp_path / ".github" / "workflows"
    shutil.copytree(WORKFLOWS, folder)
    docs = folder / "docs.yml"
    text = docs.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in docs.yml: update this test"
    docs.write_text(text.replace(old, new, 1), encoding="utf-8")
    return folder


def test_schema_check_fails_without_runs_on(tmp_path):
    folder = broken_copy(tmp_path, "    runs-on: ubuntu-24.04\n", "")
    with pytest.raises(AssertionError) as failure:
        assert_passes(check_jsonschema, folder)
    message = str(failure.value)
    assert "check-jsonschema rejects" in message
    assert "docs.yml" in message and "runs-on" in message, message


def test_zizmor_fails_on_an_unpinned_action(tmp_path):
    folder = broken_copy(
        tmp_path,
        "actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1",
        "actions/checkout@v4",
    )
    with pytest.raises(AssertionError) as failure:
        assert_passes(zizmor, folder)
    message = str(failure.value)
    assert "zizmor rejects" in message
    assert "unpinned-uses" in message and "actions/checkout@v4" in message, message


def test_zizmor_fails_on_template_injection(tmp_path):
    folder = broken_copy(
        tmp_path,
        "run: ./dev zensical",
        'run: echo "${{ github.head_ref }}" && ./dev zensical',
    )
    with pytest.raises(AssertionError) as failure:
        assert_passes(zizmor, folder)
    assert "template-injection" in str(failure.value), failure.value


def test_workflow_runs_the_matrix_and_the_other_builds():
    """The test job sets up every CPython the harness promises (3.9 to the newest), and a
    report job runs the free-threaded 3.15t and 3.14t and the newest build the runner offers."""
    import yaml

    from harness.pythons import REQUIRED_IN_CI

    jobs = yaml.safe_load((WORKFLOWS / "docs.yml").read_text(encoding="utf-8"))["jobs"]
    step = next(s for s in jobs["test"]["steps"] if "setup-python" in s.get("uses", ""))
    versions = sorted(
        step["with"]["python-version"].split(), key=lambda v: int(v.split(".")[1])
    )
    low, high = REQUIRED_IN_CI[0], REQUIRED_IN_CI[-1]
    wanted = [f"3.{minor}" for minor in range(low[1], high[1] + 1)]
    assert versions == wanted, (
        f"docs.yml: the test job sets up {versions}, not {wanted}"
    )
    builds = jobs["other-builds"]["strategy"]["matrix"]["python"]
    assert {"3.15t", "3.14t", "3.x"} <= set(builds), (
        f"docs.yml: other-builds runs {builds}"
    )
    assert jobs["other-builds"].get("continue-on-error") is True, (
        "other-builds is a report"
    )


def test_ci_run_starts_on_a_machine_without_pythons_set():
    """.ci/run under set -u with no PYTHONS: it once stopped after 1 s on an unbound variable."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONS"}
    env.update(CI_DRY_RUN="1", CI="true")
    result = subprocess.run(
        ["bash", ".ci/run", "-k", "lock"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert (
        result.returncode == 0 and "would run: ./dev test -k lock" in result.stdout
    ), (
        f".ci/run:1: exited {result.returncode} in a dry run without PYTHONS:\n"
        f"{result.stdout[-1500:]}{result.stderr[-1500:]}"
    )


NODE_ID = re.compile(r"\b(tests/test_\w+\.py)::(\w+)")


def test_named_tests_exist():
    """A test the workflow or .ci/run names by its node id exists: a renamed test would make
    pytest stop with "not found", and the free-threaded job reports without failing CI."""
    problems = []
    for path in [*sorted(WORKFLOWS.glob("*.yml")), ROOT / ".ci" / "run"]:
        for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
            for module, name in NODE_ID.findall(line):
                tree = ast.parse((ROOT / module).read_text(encoding="utf-8"))
                defined = {n.name for n in tree.body if isinstance(n, ast.FunctionDef)}
                if name not in defined:
                    problems.append(
                        f"{path.relative_to(ROOT)}:{number}: {module} has no {name}()"
                    )
    assert not problems, "\n".join(problems)
