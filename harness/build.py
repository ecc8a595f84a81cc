"""The site, built as CI publishes it (``properdocs build --strict``), once per test run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from harness.paths import ROOT


def build_site(
    dest: Path, root: Path = ROOT, **env_vars: str
) -> subprocess.CompletedProcess:
    """``properdocs build --strict`` of the project at ``root`` into ``dest`` (``OFFLINE="true"``:
    the offline copy). ProperDocs, the maintained MkDocs 1.x fork, reads mkdocs.yml."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", **env_vars)
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "properdocs",
            "build",
            "--strict",
            "-f",
            "mkdocs.yml",
            "-d",
            str(dest),
        ],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


@dataclass
class Build:
    site: Path
    returncode: int
    output: str  # what mkdocs printed


def shared_build(folder: Path, **env_vars: str) -> Build:
    """Build the site once per test run, whichever test (or xdist worker) asks first.

    ``folder`` is shared by the run's workers; a lock file makes the others wait for the build.
    """
    from filelock import FileLock

    folder.mkdir(parents=True, exist_ok=True)
    site, record = folder / "site", folder / "build.json"
    with FileLock(str(folder / "build.lock")):
        if not record.exists():
            result = build_site(site, **env_vars)
            output = result.stderr + result.stdout
            record.write_text(
                json.dumps({"returncode": result.returncode, "output": output})
            )
    data = json.loads(record.read_text())
    return Build(site, data["returncode"], data["output"])
