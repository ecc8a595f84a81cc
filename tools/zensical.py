"""``./dev zensical``: how the site fares under Zensical, MkDocs' successor. A report, not a gate.

In its own venv (``.venv-zensical``, pinned: ZENSICAL below) it builds a copy of the project with
zensical-i18n (the counterpart of mkdocs-static-i18n) into ``.venv-zensical/build/site``: first with
``strict: true`` as mkdocs.yml has it; if that fails, the warnings are reported and the copy is
built again without strict. Then the project's browser tests (tests/test_browser.py, except the
offline copy, which is MkDocs' offline plugin) run against that build, pointed at it with
``DOCS_SITE_DIR``, and the report says how many pass and which fail.

Exit 0 whatever the tests say; 1 only when Zensical could not build the site at all.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

from harness.paths import ROOT

VENV = ROOT / ".venv-zensical"
BUILD = VENV / "build"
ZENSICAL = ["zensical==0.0.73", "zensical-i18n==0.3.0"]
COPIED = [
    "docs",
    "includes",
    "snippets",
    "overrides",
    "mkdocs.yml",
    "jieba_dict_user.txt",
]
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def say(text: str = "") -> None:
    print(text, flush=True)


def ensure_venv() -> Path:
    python = VENV / "bin" / "python"
    stamp = VENV / ".pins"
    have = stamp.read_text() if stamp.exists() else ""
    if not python.exists() or have != "\n".join(ZENSICAL):
        say(f"setting up {VENV.name} ({', '.join(ZENSICAL)}) ...")
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(VENV)], check=True)
        subprocess.run(
            [
                str(python),
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                *ZENSICAL,
            ],
            check=True,
        )
        stamp.write_text("\n".join(ZENSICAL))
    return VENV / "bin" / "zensical-i18n"


def copy_project(strict: bool) -> None:
    shutil.rmtree(BUILD, ignore_errors=True)
    BUILD.mkdir(parents=True)
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, BUILD / name)
        elif source.exists():
            shutil.copy2(source, BUILD / name)
    if not strict:
        config = BUILD / "mkdocs.yml"
        text = re.sub(
            r"(?m)^strict: true", "strict: false", config.read_text(encoding="utf-8")
        )
        config.write_text(text, encoding="utf-8")


def build(tool: Path, strict: bool) -> subprocess.CompletedProcess:
    copy_project(strict)
    command = [str(tool), "build", "-f", "mkdocs.yml"] + (
        ["--strict"] if strict else []
    )
    env = {**os.environ, "NO_COLOR": "1"}
    result = subprocess.run(
        command, cwd=BUILD, env=env, capture_output=True, text=True, timeout=600
    )
    result.output = ANSI.sub("", result.stdout + result.stderr)
    return result


def warnings(output: str) -> list[str]:
    """'Warning: what [ file:line:col ]', one per warning, from Zensical's diagnostics."""
    found, current = [], None
    for line in output.splitlines():
        if line.startswith("Warning:"):
            current = line.strip()
        elif current and "[" in line and "]" in line:
            where = line[line.index("[") + 1 : line.rindex("]")].strip()
            found.append(f"{current} ({where})")
            current = None
    return found


def run_browser_tests(site: Path, args: list[str]) -> tuple[Counter, list[str], str]:
    junit = VENV / "browser-tests.xml"
    command = [
        sys.executable,
        "-m",
        "pytest",
        "tests/test_browser.py",
        "-k",
        "not offline",
    ]
    command += ["-q", "--no-header", f"--junitxml={junit}", *args]
    env = {**os.environ, "DOCS_SITE_DIR": str(site)}
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    counts: Counter = Counter()
    failed = []
    if junit.exists():
        for case in ET.parse(junit).iter("testcase"):
            name = case.get("name", "?")
            node = case.find("failure")
            node = node if node is not None else case.find("error")
            if node is not None:
                first = (node.get("message") or "").strip().splitlines()[:1]
                failed.append(f"{name}: {first[0][:160] if first else ''}")
                counts["failed"] += 1
            elif case.find("skipped") is not None:
                counts["skipped"] += 1
            else:
                counts["passed"] += 1
    return counts, failed, result.stdout + result.stderr


def main(args: list[str]) -> int:
    tool = ensure_venv()
    say(f"building a copy of the site with {' '.join(ZENSICAL)} (strict) ...")
    result = build(tool, strict=True)
    strict_ok = result.returncode == 0
    strict_warnings = warnings(result.output)
    if not strict_ok:
        say(
            f"strict build failed ({len(strict_warnings)} warnings); building without strict ..."
        )
        result = build(tool, strict=False)
        if result.returncode != 0:
            say(result.output[-4000:])
            say("zensical: could not build the site, even without strict")
            return 1
    site = BUILD / "site"
    say(f"running tests/test_browser.py against {site} ...")
    counts, failed, output = run_browser_tests(site, args)
    total = sum(counts.values())

    say("\n== Zensical report ==")
    say(f"versions: {', '.join(ZENSICAL)}")
    say(f"strict build: {'passes' if strict_ok else 'fails'}")
    for item in sorted(set(strict_warnings)):
        say(f"  {item}")
    say(
        f"browser tests: {counts['passed']} of {total} pass, {counts['failed']} fail, "
        f"{counts['skipped']} skipped"
    )
    if not total:
        say(output[-4000:])
    for item in failed:
        say(f"  FAIL {item}")
    say("(a report, not a gate: exit 0)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
