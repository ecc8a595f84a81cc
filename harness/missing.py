"""A test that cannot run because a tool is missing here (Chromium, a CPython of the matrix).

Under ``CI=true`` that is a failure. Elsewhere it is a skip whose reason names the tool and the
command that installs it, and the run's last lines count such skips by cause
(``tests/conftest.py``), so nothing is left out without a word.
"""

from __future__ import annotations

from harness.paths import IN_CI

PREFIX = "not run here: "
PROVISION = (
    "sudo ./dev provision"  # tools/provision: the browser, the font, the CPythons
)


def not_here(what: str, fix: str = PROVISION) -> None:
    """Fail (CI) or skip the current test: ``what`` is missing, ``fix`` installs it."""
    import pytest

    message = f"{PREFIX}{what} (to install: {fix})"
    if IN_CI:
        pytest.fail(f"CI=true and {message}", pytrace=False)
    pytest.skip(message)


def cause(reason: str) -> str | None:
    """The cause in a skip reason written by ``not_here``, or None."""
    at = reason.find(PREFIX)
    return reason[at + len(PREFIX) :] if at >= 0 else None
