"""harness/browser_choice.py picks the right browser on fake filesystems: no real browser needed.

Each case puts fake executables under tmp_path and points the candidate lists there.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from harness import browser_choice as bc

BINARY = b"\x7fELF\x02\x01\x01fake browser binary"
SNAP_STUB = (  # Ubuntu's /usr/bin/chromium-browser, in substance
    b"#!/bin/sh\nif ! [ -x /snap/bin/chromium ]; then\n"
    b"  echo \"Command '$0' requires the chromium snap to be installed.\" >&2\n  exit 1\nfi\n"
    b'exec /snap/bin/chromium "$@"\n'
)
DEBIAN_LAUNCHER = (
    b'#!/bin/sh\n# Chromium launcher\nexec /usr/lib/chromium/chromium "$@"\n'
)


def executable(path: Path, content: bytes = BINARY) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    path.chmod(0o755)
    return str(path)


@pytest.fixture
def fake(tmp_path, monkeypatch):
    """Candidate lists under tmp_path: Debian's /usr/bin/chromium and the runner's browsers."""
    paths = {
        "debian": tmp_path / "usr/bin/chromium",
        "runner_chromium": tmp_path / "usr/local/share/chromium/chrome-linux/chrome",
        "chrome": tmp_path / "usr/bin/google-chrome",
        "chrome_stable": tmp_path / "usr/bin/google-chrome-stable",
        "opt_chrome": tmp_path / "opt/google/chrome/chrome",
    }
    monkeypatch.setattr(bc, "DEBIAN", [str(paths["debian"])])
    runner = ["runner_chromium", "chrome", "chrome_stable", "opt_chrome"]
    monkeypatch.setattr(bc, "RUNNER", ["$CHROME_BIN", *(str(paths[k]) for k in runner)])
    return paths


def find(env=None, which=None):
    return bc.find_chromium(env=env or {}, which=which or (lambda name: None))


def test_env_var_wins_over_everything(fake, tmp_path):
    executable(fake["debian"])
    mine = executable(tmp_path / "my/chrome")
    assert find({"CHROMIUM": mine}).path == mine


def test_env_var_that_does_not_exist_is_an_error_not_a_fallback(fake):
    executable(fake["debian"])
    choice = find({"CHROMIUM": "/nowhere/chrome"})
    assert choice.path is None
    assert "CHROMIUM=/nowhere/chrome: not an executable file" in choice.message
    assert "apt-get install -y chromium" in choice.message


def test_debian_chromium_launcher_script(fake):
    """Debian's /usr/bin/chromium is a shell script too, but runs /usr/lib/chromium: accepted."""
    path = executable(fake["debian"], DEBIAN_LAUNCHER)
    executable(fake["chrome"])
    assert find().path == path


def test_chromium_on_path_comes_first(fake, tmp_path):
    on_path = executable(tmp_path / "bin/chromium")
    executable(fake["debian"])
    assert (
        find(which=lambda name: on_path if name == "chromium" else None).path == on_path
    )


@pytest.mark.parametrize(
    "which", ["runner_chromium", "chrome", "chrome_stable", "opt_chrome"]
)
def test_runner_browsers(fake, which):
    path = executable(fake[which])
    assert find().path == path


def test_runner_chrome_bin_variable(fake, tmp_path):
    chrome_bin = executable(tmp_path / "elsewhere/chrome")
    assert find({"CHROME_BIN": chrome_bin}).path == chrome_bin


def test_runner_chromium_symlinked_as_usr_bin_chromium(fake):
    """On the runner /usr/bin/chromium is a symlink to the unpacked Chromium: accepted."""
    real = executable(fake["runner_chromium"])
    fake["debian"].parent.mkdir(parents=True)
    fake["debian"].symlink_to(real)
    assert find().path == str(fake["debian"])


def test_snap_stub_script_refused(fake):
    """Ubuntu's chromium (a script running /snap/bin/chromium) is skipped for the runner's Chrome."""
    executable(fake["debian"], SNAP_STUB)
    chrome = executable(fake["chrome"])
    choice = find()
    assert choice.path == chrome
    assert f"{fake['debian']}: refused, a script that runs a snap" in "\n".join(
        choice.tried
    )


def test_snap_symlink_refused(fake, tmp_path):
    """/usr/bin/chromium -> /snap/bin/chromium -> /usr/bin/snap: refused, even via CHROMIUM."""
    snap = executable(tmp_path / "usr/bin/snap")
    fake["debian"].parent.mkdir(parents=True, exist_ok=True)
    fake["debian"].symlink_to(snap)
    assert find().path is None
    choice = find({"CHROMIUM": str(fake["debian"])})
    assert choice.path is None
    assert "a snap" in choice.message


def test_snap_path_refused():
    assert (
        bc.snap_reason("/snap/bin/chromium")
        == "resolves to /snap/bin/chromium (a snap)"
    )


def test_none_found_names_what_was_tried(fake):
    executable(fake["debian"], SNAP_STUB)
    fake["chrome"].parent.mkdir(parents=True, exist_ok=True)
    fake["chrome"].write_bytes(BINARY)  # not executable
    choice = find()
    assert choice.path is None
    for path in fake.values():
        assert str(path) in choice.message
    assert "snap" in choice.message
    assert "apt-get install -y chromium" in choice.message
    assert "CHROMIUM=" in choice.message


def run_cli(env):
    script = Path(bc.__file__)
    return subprocess.run(
        [sys.executable, str(script)],
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
    )


def test_cli_prints_the_path(tmp_path):
    mine = executable(tmp_path / "chrome")
    result = run_cli({**os.environ, "CHROMIUM": mine})
    assert (result.returncode, result.stdout) == (0, mine + "\n"), result.stderr


def test_cli_exits_1_with_the_message(tmp_path):
    result = run_cli({**os.environ, "CHROMIUM": str(tmp_path / "missing")})
    assert result.returncode == 1
    assert result.stdout == ""
    assert "no usable Chromium or Chrome found" in result.stderr
    assert "apt-get install -y chromium" in result.stderr
