"""Command-line options and the site build that every test of a run shares."""

import os
import signal
from pathlib import Path

import pytest


def pytest_addoption(parser):
    parser.addoption(
        "--update-outputs",
        action="store_true",
        help="rewrite the output blocks on the pages from a real run (review the diff)",
    )


def pytest_configure(config):
    """Programs get Ctrl-C (SIGINT) as from a terminal. A test run started in the background by
    a script (``./dev test &``) inherits SIGINT *ignored*, every program it starts would inherit
    that too, and the tests that press Ctrl-C would fail for a reason that is not the page's."""
    if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)


def pytest_terminal_summary(terminalreporter, config):
    if not config.getoption("update_outputs"):
        return
    from docs_harness import REWRITTEN

    pages = sorted({where.split(":")[0] for where in REWRITTEN})
    terminalreporter.section("update-outputs")
    if not REWRITTEN:
        terminalreporter.write_line("every output shown already matches: nothing rewritten")
    for page in pages:
        lines = [w.split(":")[1] for w in REWRITTEN if w.startswith(page + ":")]
        terminalreporter.write_line(f"rewrote {page} (outputs at lines {', '.join(lines)})")


def _run_folder(tmp_path_factory, worker_id):
    """A folder shared by every xdist worker of this run (the run's own base temp otherwise)."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if worker_id != "master" else base


@pytest.fixture(scope="session")
def site_build(tmp_path_factory, worker_id):
    """The site as published, built once for the whole run (``mkdocs build --strict``).
    ``DOCS_SITE_DIR`` names an already built site to test instead (``./dev zensical``)."""
    from docs_harness import Build, shared_build

    if os.environ.get("DOCS_SITE_DIR"):
        site = Path(os.environ["DOCS_SITE_DIR"])
        if not (site / "index.html").is_file():
            pytest.fail(f"DOCS_SITE_DIR={site}: no index.html there", pytrace=False)
        return Build(site, 0, f"the site in DOCS_SITE_DIR={site}")
    return shared_build(_run_folder(tmp_path_factory, worker_id) / "site-build")


@pytest.fixture(scope="session")
def offline_build(tmp_path_factory, worker_id):
    """The offline copy (``OFFLINE=true``), built once for the whole run."""
    from docs_harness import shared_build

    return shared_build(_run_folder(tmp_path_factory, worker_id) / "offline-build", OFFLINE="true")
