"""Command-line options, the site build every test of a run shares, and ``--changed``."""

import os
import re
import signal
import threading
from pathlib import Path

import pytest

from harness.build import Build, shared_build
from harness.fences import Fence
from harness.paths import IN_CI, rel


def pytest_addoption(parser):
    parser.addoption(
        "--update-outputs",
        action="store_true",
        help="rewrite the output blocks on the pages from a real run (review the diff)",
    )
    parser.addoption(
        "--audit",
        action="store_true",
        help="also run the third-party audits (Lighthouse, the Nu HTML checker): ./dev audit",
    )
    parser.addoption(
        "--changed",
        action="store_true",
        help="run only what the changes since main (and in the work tree) can affect",
    )


def _run_folder(base: Path, is_worker: bool) -> Path:
    """A folder shared by every xdist worker of this run (the run's own base temp otherwise)."""
    return base.parent if is_worker else base


@pytest.hookimpl(trylast=True)
def pytest_configure(config):
    """Programs get Ctrl-C (SIGINT) as from a terminal: a test run started in the background by
    a script inherits SIGINT *ignored*, and so would every program it starts.

    The run that will need the site (``--changed``, or the whole suite) starts building it at
    once, while the test workers start: the browser tests wait for it, nothing else does."""
    if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    if IN_CI and not hasattr(
        config, "workerinput"
    ):  # harness/reuse.py: shared in this run
        os.environ["DOCS_RUN_SHARE"] = str(
            _run_folder(config._tmp_path_factory.getbasetemp(), False) / "runs"
        )
    whole_run = config.args in ([], ["tests"], [str(config.rootpath / "tests")])
    wants_site = config.getoption("changed") or (
        whole_run and not config.option.keyword
    )
    if (
        wants_site
        and not hasattr(config, "workerinput")
        and not os.environ.get("DOCS_SITE_DIR")
    ):
        folder = (
            _run_folder(config._tmp_path_factory.getbasetemp(), False) / "site-build"
        )
        threading.Thread(target=shared_build, args=(folder,), daemon=True).start()


def pytest_collection_modifyitems(config, items):
    if not config.getoption(
        "audit"
    ):  # minutes of Lighthouse: ./dev audit and CI run them
        audits = [item for item in items if item.get_closest_marker("audit")]
        if audits:
            config.hook.pytest_deselected(items=audits)
            items[:] = [item for item in items if not item.get_closest_marker("audit")]
    # tests that need the built site go last: the others run while it builds
    items.sort(
        key=lambda item: bool({"site_build", "offline_build"} & set(item.fixturenames))
    )
    if not config.getoption("changed"):
        return
    from harness.changes import affected, changed_files

    found = affected(changed_files())
    kept, dropped = [], []
    for item in items:
        (kept if _affected_by(item, found) else dropped).append(item)
    config.hook.pytest_deselected(items=dropped)
    items[:] = kept


CHAPTER_MODULE = re.compile(r"test_([a-z]+)_\w+\.py")
ALWAYS = {
    "test_lint.py",
    "test_build.py",
    "test_examples.py",
}  # lint, strict build, matrix


def _affected_by(item, found) -> bool:
    module = item.path.name
    if found.everything or f"tests/{module}" in found.changed:
        return True
    m = CHAPTER_MODULE.fullmatch(module)
    if m and m.group(1) not in ("browser", "harness"):
        return m.group(1) in found.chapters
    values = []
    for value in getattr(getattr(item, "callspec", None), "params", {}).values():
        if isinstance(value, Fence):
            values.append(rel(value.page))
        elif isinstance(value, Path):
            values.append(rel(value))
        elif isinstance(value, str) and re.match(
            r"(docs|snippets)/|/|[\w-]+\.\w\w\.md", value
        ):
            values.append(value)
    if values and module in ("test_exercises.py", "test_kit.py"):
        exercises = [v for v in values if "/exercises/" in v]
        if exercises:
            return any(found.covers_exercise(v) for v in exercises)
    if values:
        return any(found.covers(value) for value in values)
    if module == "test_workflow.py":
        return any(f.startswith(".github/") for f in found.changed)
    if module == "test_readme.py":
        return bool({"README.md", "CONTRIBUTING.md"} & found.changed)
    return module in ALWAYS or (found.whole_site and module == "test_browser.py")


@pytest.fixture(scope="session")
def site_build(tmp_path_factory, worker_id):
    """The site as published, built once for the whole run (``properdocs build --strict``).
    ``DOCS_SITE_DIR`` names an already built site to test instead (``./dev zensical``)."""
    if os.environ.get("DOCS_SITE_DIR"):
        site = Path(os.environ["DOCS_SITE_DIR"])
        if not (site / "index.html").is_file():
            pytest.fail(f"DOCS_SITE_DIR={site}: no index.html there", pytrace=False)
        return Build(site, 0, f"the site in DOCS_SITE_DIR={site}")
    base = tmp_path_factory.getbasetemp()
    return shared_build(_run_folder(base, worker_id != "master") / "site-build")


@pytest.fixture(scope="session")
def offline_build(tmp_path_factory, worker_id):
    """The offline copy (``OFFLINE=true``), built once for the whole run."""
    base = tmp_path_factory.getbasetemp()
    return shared_build(
        _run_folder(base, worker_id != "master") / "offline-build", OFFLINE="true"
    )


def pytest_terminal_summary(terminalreporter, config):
    """The run's last lines: what did not run here and why (one line per cause, with the
    command that installs what is missing), and for update-outputs which CPythons wrote."""
    from harness.missing import cause
    from harness.pythons import matrix_line, missing_minors

    causes: dict[str, int] = {}
    for report in terminalreporter.stats.get("skipped", []):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else ""
        found = cause(str(reason))
        if found:
            causes[found] = causes.get(found, 0) + 1
    missing = missing_minors()
    if causes or missing:
        terminalreporter.section("not run here")
    for text, count in sorted(causes.items(), key=lambda item: -item[1]):
        terminalreporter.write_line(f"{count} test{'s' * (count > 1)}: {text}")
    if missing:
        terminalreporter.write_line(
            f"CPython {', '.join(missing)}: not on this machine, so no example ran there "
            "(pyenv install; Debian has no 3.10 or 3.12, and Debian's 3.9.2 and Ubuntu's "
            "3.9.5 lack fixes that three examples show). The pages' versions lines name "
            "CI's matrix."
        )
    if not config.getoption("update_outputs"):
        return
    from harness.outputs import REWRITTEN

    pages = sorted({where.split(":")[0] for where in REWRITTEN})
    terminalreporter.section("update-outputs")
    terminalreporter.write_line(f"ran on {matrix_line()}")
    if not REWRITTEN:
        terminalreporter.write_line(
            "every output shown already matches: nothing rewritten"
        )
    for page in pages:
        lines = [w.split(":")[1] for w in REWRITTEN if w.startswith(page + ":")]
        terminalreporter.write_line(
            f"rewrote {page} (outputs at lines {', '.join(lines)})"
        )
