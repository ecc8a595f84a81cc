"""The commands README.md and CONTRIBUTING.md give work when pasted as written.

A fence marked ```` ```bash runnable ```` is run line by line from the repository root; a line
may end in ``# exit N`` when N is what it should exit with (``./dev check`` says "not yet" with
1). ``./dev serve``, the first of the two commands, is started and must serve both languages.
"""

import os
import re
import signal
import socket
import subprocess
import time
import urllib.request

import pytest

from harness.browser import chromium_path
from harness.missing import not_here
from harness.paths import ROOT

DOCS = ["README.md", "CONTRIBUTING.md"]


def runnable_commands():
    found = []
    for name in DOCS:
        lines = (ROOT / name).read_text(encoding="utf-8").split("\n")
        in_block = False
        for number, line in enumerate(lines, 1):
            stripped = line.strip()
            if stripped.startswith("```"):
                in_block = stripped == "```bash runnable"
                continue
            if in_block and stripped and not stripped.startswith("#"):
                found.append(
                    pytest.param(name, number, stripped, id=f"{name}:{number}")
                )
    return found


@pytest.mark.parametrize(("name", "line", "command"), runnable_commands())
def test_command_runs_as_written(name, line, command):
    m = re.search(r"#\s*exit (\d+)", command)
    wanted = int(m.group(1)) if m else 0
    if "# needs: a browser" in command and chromium_path() is None:
        not_here(f"no browser for `{command}` ({name}:{line})")
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("VIRTUAL_ENV", "PYTEST"))
    }
    env["PATH"] = os.pathsep.join(  # as in a fresh shell: not the test run's venv first
        p for p in env.get("PATH", "").split(os.pathsep) if ".venv" not in p
    )
    done = subprocess.run(
        ["bash", "-c", command],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    if done.returncode != wanted:
        pytest.fail(
            f"{name}:{line}: `{command}` exited {done.returncode}, not {wanted}:\n"
            f"{done.stdout[-1500:]}{done.stderr[-1500:]}",
            pytrace=False,
        )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_dev_serve_serves_both_languages():
    """`./dev serve` (README's first command) answers on 127.0.0.1 in both languages."""
    port = free_port()
    proc = subprocess.Popen(
        ["./dev", "serve", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    try:
        pages, deadline = {}, time.monotonic() + 90
        while time.monotonic() < deadline and len(pages) < 2 and proc.poll() is None:
            for path in ("/", "/en/"):
                try:
                    with urllib.request.urlopen(
                        f"http://127.0.0.1:{port}{path}", timeout=5
                    ) as r:
                        pages[path] = r.read().decode("utf-8")
                except OSError:
                    time.sleep(0.5)
        assert '<html lang="zh"' in pages.get(
            "/", ""
        ) and '<html lang="en"' in pages.get("/en/", ""), (
            f"./dev serve did not serve / and /en/ within 90 s (exit {proc.poll()})"
        )
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        proc.stdout.close()
