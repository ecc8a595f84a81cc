"""Which Chromium the browser tests, ``./dev report`` and ``.ci/run`` drive: one choice, made here.

In order: ``$CHROMIUM`` if set (and nothing else then); ``chromium`` on PATH and Debian's
``/usr/bin/chromium``; the Chromium and Google Chrome preinstalled on GitHub's ubuntu-24.04
runner (``/usr/local/share/chromium/chrome-linux/chrome``, ``$CHROME_BIN``, ``/usr/bin/google-chrome``,
``/usr/bin/google-chrome-stable``, ``/opt/google/chrome/chrome``).

Never Ubuntu's snap stub: there ``chromium-browser`` (and a ``chromium`` that apt may install) is a
shell script that runs ``/snap/bin/chromium``, a snap that Playwright commonly cannot launch
(confinement). A candidate that is such a script, or that resolves through ``/snap/`` or to the
``snap`` launcher, is refused and named in the message.

CLI for ``.ci/run``: ``python3 -m harness.browser_choice`` prints the path and exits 0, or prints what
was tried and how to install a browser on stderr and exits 1. Standard library only, Python 3.9+
(it runs before the project's venv exists).
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

DEBIAN = ["/usr/bin/chromium"]
RUNNER = [  # GitHub's ubuntu-24.04 image (actions/runner-images, install-google-chrome.sh)
    "/usr/local/share/chromium/chrome-linux/chrome",
    "$CHROME_BIN",
    "/usr/bin/google-chrome",
    "/usr/bin/google-chrome-stable",
    "/opt/google/chrome/chrome",
]
INSTALL_HINT = (
    "on Debian: apt-get install -y chromium; on Ubuntu: install Google Chrome "
    "(https://www.google.com/chrome/, a .deb; not apt's chromium or chromium-browser, which "
    "install a snap Playwright cannot launch); or set CHROMIUM=/path/to/chromium-or-chrome"
)
SCRIPT_BYTES = (
    16_384  # a launcher script is small; a browser binary is not read past this
)


@dataclass
class Choice:
    """The browser to drive (``path``), or None and ``message`` saying what was tried."""

    path: str | None
    tried: list[str] = field(
        default_factory=list
    )  # "candidate: why not" for each refusal

    @property
    def message(self) -> str:
        if self.path:
            return f"using {self.path}"
        lines = "\n".join(f"  - {item}" for item in self.tried) or "  (nothing)"
        return f"no usable Chromium or Chrome found; tried:\n{lines}\n{INSTALL_HINT}"


def _is_executable(path: str) -> bool:
    return os.path.isfile(path) and os.access(path, os.X_OK)


def _read_head(path: str) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read(SCRIPT_BYTES)
    except OSError:
        return b""


def snap_reason(
    path: str, read_head: Callable[[str], bytes] = _read_head
) -> str | None:
    """Why ``path`` is a snap (stub), or None: a symlink hop under /snap/ or to the ``snap``
    launcher, or a script (``#!``) that mentions /snap/."""
    seen = set()
    hop = path
    while True:
        if hop.startswith("/snap/") or os.path.basename(hop) == "snap":
            return f"resolves to {hop} (a snap)"
        if hop in seen or not os.path.islink(hop):
            break
        seen.add(hop)
        target = os.readlink(hop)
        hop = os.path.normpath(os.path.join(os.path.dirname(hop), target))
    head = read_head(hop)
    if head.startswith(b"#!") and b"/snap/" in head:
        return "a script that runs a snap (Ubuntu's snap stub)"
    return None


def candidates(env: Mapping[str, str], which: Callable[[str], str | None]) -> list[str]:
    """Every place looked at, in order ($CHROMIUM alone when it is set)."""
    if "CHROMIUM" in env:
        return [env["CHROMIUM"]]
    out: list[str] = []
    for item in [which("chromium"), *DEBIAN, *RUNNER]:
        if item == "$CHROME_BIN":
            item = env.get("CHROME_BIN")
        if item and item not in out:
            out.append(item)
    return out


def find_chromium(
    env: Mapping[str, str] = os.environ,
    exists: Callable[[str], bool] = _is_executable,
    which: Callable[[str], str | None] = shutil.which,
    read_head: Callable[[str], bytes] = _read_head,
) -> Choice:
    """The first candidate that is an executable file and no snap stub."""
    choice = Choice(None)
    for path in candidates(env, which):
        where = f"CHROMIUM={path}" if env.get("CHROMIUM") == path else path
        if not exists(path):
            choice.tried.append(f"{where}: not an executable file")
            continue
        reason = snap_reason(path, read_head)
        if reason:
            choice.tried.append(f"{where}: refused, {reason}")
            continue
        choice.path = path
        return choice
    return choice


def main() -> int:
    choice = find_chromium()
    if choice.path is None:
        print(choice.message, file=sys.stderr)
        return 1
    print(choice.path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
