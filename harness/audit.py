"""Third-party checks of the built site: Lighthouse (performance and accessibility, mobile and
desktop) and the Nu HTML checker, both pinned in tools/audit/package.json and installed by
``./dev audit`` (``npm ci``; the Nu checker needs a Java runtime)."""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
from pathlib import Path

from harness.browser import CHROMIUM_ARGS, chromium_path
from harness.paths import ROOT

TOOLS = ROOT / "tools" / "audit" / "node_modules"
LIGHTHOUSE = TOOLS / ".bin" / "lighthouse"
VNU = TOOLS / "vnu-jar" / "build" / "dist" / "vnu.jar"
RESULTS = (
    ROOT / "test-artifacts" / "lighthouse.json"
)  # written by ./dev audit, read by ./dev report
BUDGETS = {
    "mobile": {"performance": 90, "accessibility": 100},
    "desktop": {"performance": 98},
}
METRICS = [
    "first-contentful-paint",
    "largest-contentful-paint",
    "total-blocking-time",
    "cumulative-layout-shift",
    "speed-index",
]


def missing_tools() -> str | None:
    if not LIGHTHOUSE.exists() or not VNU.exists():
        return "the audit tools are not installed: ./dev audit installs them (npm ci in tools/audit)"
    try:
        subprocess.run(["java", "-version"], capture_output=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return "the Nu HTML checker needs Java: apt-get install -y default-jre-headless"
    return None


def cpu_slowdown(benchmark_index: float) -> float:
    """Lighthouse's default 4x CPU slowdown, lowered on a host slower than the one it assumes.

    The default emulates a phone on a host whose ``benchmarkIndex`` is about 1533. On a slower
    host Lighthouse warns that the score suffers, and its throttling docs (docs/throttling.md,
    "CPU throttling") advise a lower multiplier: this is the formula of its calculator
    (lighthouse-cpu-throttling-calculator). A shared 2-core machine measured 1090-2000 from one
    run to the next: at its slow moments a fixed 4x scored the machine, not the page (blocking
    time 850 ms on a page that measured 130-300 ms in calmer runs). Never above 4x: a fast
    moment does not make the budget stricter than Lighthouse's own default."""
    if benchmark_index >= 1300:
        multiplier = 3 + (benchmark_index - 1300) / 233
    elif benchmark_index >= 800:
        multiplier = 2 + (benchmark_index - 800) / 500
    elif benchmark_index >= 150:
        multiplier = 1 + (benchmark_index - 150) / 650
    else:
        raise RuntimeError(
            f"this host's Lighthouse benchmarkIndex is {benchmark_index:.0f}: too slow to"
            " emulate a phone (Lighthouse's calculator needs at least 150)"
        )
    return min(4.0, multiplier)


def lighthouse(url: str, form: str) -> dict:
    """Scores (0-100) and metrics of one Lighthouse run (``form``: mobile or desktop).

    Lighthouse first gathers the page's trace (``-G``) and measures the host's benchmarkIndex in
    the same run; mobile is then scored (``-A``) with the CPU slowdown for that index
    (``cpu_slowdown``).
    Desktop keeps its preset: no CPU slowdown."""
    with tempfile.TemporaryDirectory(prefix="lighthouse-") as tmp:
        artifacts, report = Path(tmp) / "artifacts", Path(tmp) / "report.json"
        flags = " ".join(
            ["--headless=new", *CHROMIUM_ARGS, f"--user-data-dir={tmp}/profile"]
        )
        cmd = [str(LIGHTHOUSE), url, "--quiet"]
        cmd += ["--only-categories=performance,accessibility"]
        cmd += ["--preset=desktop"] if form == "desktop" else []
        env = dict(os.environ, CHROME_PATH=chromium_path() or "")
        gather = [*cmd, f"--chrome-flags={flags}", f"-G={artifacts}"]
        done = subprocess.run(
            gather, capture_output=True, text=True, env=env, timeout=240
        )
        found = artifacts / "artifacts.json"
        if not found.exists():
            raise RuntimeError(
                f"lighthouse -G {url} ({form}) failed:\n{done.stderr[-2000:]}"
            )
        gathered = json.loads(found.read_text(encoding="utf-8"))
        index = gathered["BenchmarkIndex"]
        score = [*cmd, f"-A={artifacts}", "--output=json", f"--output-path={report}"]
        if (
            form == "mobile"
        ):  # in the artifacts and on the command line: they must agree
            slowdown = cpu_slowdown(index)
            gathered["settings"]["throttling"]["cpuSlowdownMultiplier"] = slowdown
            found.write_text(json.dumps(gathered), encoding="utf-8")
            score.append(f"--throttling.cpuSlowdownMultiplier={slowdown}")
        done = subprocess.run(
            score, capture_output=True, text=True, env=env, timeout=240
        )
        if not report.exists():
            raise RuntimeError(
                f"lighthouse -A {url} ({form}) failed:\n{done.stderr[-2000:]}"
            )
        data = json.loads(report.read_text(encoding="utf-8"))
    audits = data["audits"]
    failed_a11y = [
        f"{key}: {audit['title']}"
        for key, audit in audits.items()
        if audit.get("score") == 0 and key in _accessibility_audits(data)
    ]
    return {
        "scores": {
            k: round(100 * (c["score"] or 0)) for k, c in data["categories"].items()
        },
        "metrics": {m: audits[m].get("displayValue", "") for m in METRICS},
        "dom": audits["dom-size"].get("numericValue"),
        "bytes": audits["total-byte-weight"].get("numericValue"),
        "accessibility_failures": failed_a11y,
        "benchmark_index": index,
        "cpu_slowdown": data["configSettings"]["throttling"]["cpuSlowdownMultiplier"],
    }


def _accessibility_audits(data: dict) -> set[str]:
    return {ref["id"] for ref in data["categories"]["accessibility"]["auditRefs"]}


def nu_errors(files: list[Path], root: Path) -> list[str]:
    """``file:line: message`` for every error the Nu HTML checker reports."""
    cmd = [
        "java",
        "-jar",
        str(VNU),
        "--errors-only",
        "--format",
        "json",
        *map(str, files),
    ]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    messages = json.loads(done.stderr or done.stdout or '{"messages": []}')["messages"]
    found = []
    for m in messages:
        where = m.get("url", "").removeprefix("file:")
        where = os.path.relpath(where, root) if where.startswith("/") else where
        found.append(f"{where}:{m.get('lastLine', '?')}: {m['message']}")
    return found
