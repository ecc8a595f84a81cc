"""``./dev offline [ZIP]``: the site as one zip that works from file:// (Material's offline
plugin).

Builds with ``OFFLINE=true`` (see mkdocs.yml) into a temporary folder and zips it, with the
files under one top folder, to ``site/offline.zip`` (or ZIP, a path ending in ``.zip``). The
home pages link ``offline.zip`` next to the published site; in the copy itself that link says
it is the copy (overrides/hooks.py). ``404.html`` is left out: no server shows it from files.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import zipfile
from pathlib import Path

from harness.build import build_site
from harness.paths import ROOT

TOP = "python-threads-offline"


LEFT_OUT = {"404.html"}  # served by a web server only; its links are root-absolute


def make_zip(site: Path, archive: Path) -> Path:
    """Zip the built ``site`` folder to ``archive``, as one top folder named like ``site``."""
    archive.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zipped:
        for path in sorted(site.rglob("*")):
            inside = path.relative_to(site).as_posix()
            if path.is_file() and inside not in LEFT_OUT:
                zipped.write(path, f"{site.name}/{inside}")
    return archive


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="./dev offline",
        description="Build the offline copy (both languages, search included) as a zip.",
    )
    parser.add_argument(
        "zip",
        nargs="?",
        type=Path,
        default=ROOT / "site" / "offline.zip",
        help="where to write it (default: site/offline.zip); a path ending in .zip",
    )
    archive = parser.parse_args(argv).zip
    if archive.suffix != ".zip":
        parser.error(
            f"{archive}: the offline copy is a zip; name a path ending in .zip"
        )
    with tempfile.TemporaryDirectory(prefix="offline-") as tmp:
        result = build_site(Path(tmp) / TOP, OFFLINE="true")
        if result.returncode != 0:
            print(result.stderr + result.stdout, file=sys.stderr)
            return 1
        made = make_zip(Path(tmp) / TOP, archive.resolve())
    print(f"{made}: {made.stat().st_size / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
