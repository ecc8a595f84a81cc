"""``./dev offline``: the site as one zip that works from file:// (Material's offline plugin).

Builds with ``OFFLINE=true`` (see mkdocs.yml) into a temporary folder and zips it, with the
files under one top folder, to ``site/offline.zip`` (or the path given). The home pages link
``offline.zip`` next to the published site.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from harness.build import build_site
from harness.paths import ROOT

TOP = "python-threads-offline"


def make_zip(site: Path, archive: Path) -> Path:
    """Zip the built ``site`` folder to ``archive``, as one top folder named like ``site``."""
    archive.parent.mkdir(parents=True, exist_ok=True)
    made = shutil.make_archive(
        str(archive.with_suffix("")), "zip", root_dir=site.parent, base_dir=site.name
    )
    return Path(made)


def main(argv: list[str]) -> int:
    archive = Path(argv[0]) if argv else ROOT / "site" / "offline.zip"
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
