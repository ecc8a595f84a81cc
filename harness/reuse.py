"""A run kept and reused while nothing it depends on has changed: the block's code, the files it
runs and imports, the interpreter, the harness and the pinned requirements. Never for
``./dev update-outputs``, and not with ``DOCS_REUSE=0``. Under CI=true nothing outlives the
test run: two tests that need the same run in one test run share it (``DOCS_RUN_SHARE``, a
folder of that run, which tests/conftest.py sets), and nothing comes from an earlier run.

Results live in ``.cache/runs/`` (gitignored), one JSON file per key: example and exercise
runs, what a chapter test measured in its own process (``remembered``), and the browser's
per-page visits (kept with the digest of every built file the visit requested, and keyed by
the browser).
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from dataclasses import asdict
from functools import cache
from pathlib import Path

from harness.paths import IN_CI, ROOT, rel
from harness.pythons import Python, local_imports
from harness.run import Run


def folder() -> Path | None:
    """Where runs are kept: ``.cache/runs/``, or under CI=true this test run's own folder."""
    if os.environ.get("DOCS_REUSE", "1") == "0":
        return None
    if IN_CI:
        share = os.environ.get("DOCS_RUN_SHARE")
        return Path(share) if share else None
    return ROOT / ".cache" / "runs"


def enabled() -> bool:
    return folder() is not None


@cache
def _harness_digest() -> str:
    digest = hashlib.sha256()
    for path in [*sorted((ROOT / "harness").rglob("*.py")), ROOT / "requirements.txt"]:
        digest.update(path.as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


@cache
def _python_identity(python: Python) -> str:
    """The interpreter as it reports itself (full version and build), and its file."""
    real = Path(os.path.realpath(python.path))
    stat = real.stat()
    version = subprocess.run(
        [python.path, "-c", "import sys; print(sys.version, sys.platform)"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    ).stdout
    return f"{python.path}|{real}|{stat.st_size}|{stat.st_mtime_ns}|{version}"


def inputs_of(files: list[str]) -> list[str]:
    """The files a run reads: those it runs and the files beside them that they import."""
    found: list[str] = []
    for path in files:
        for item in [path, *local_imports(path)]:
            if item not in found:
                found.append(item)
    return found


def _input_parts(files: list[str]) -> list[str]:
    """Each file a run reads (``inputs_of``), named and with its bytes, for a key."""
    return [f"{p}\0{(ROOT / p).read_bytes().hex()}" for p in inputs_of(files)]


def key(cmd: list[str], python: Python, files: list[str], extra: str = "") -> str:
    parts = [_python_identity(python), json.dumps(cmd), extra, *_input_parts(files)]
    return data_key(*parts)


def load(name: str) -> Run | None:
    try:
        return Run(**kept(name))
    except TypeError:
        return None


def store(name: str, run: Run, **extra) -> None:
    """Keep ``run`` (and ``extra``, JSON data such as an exercise run's observations)."""
    keep(name, {**asdict(run), **extra})


def load_with(name: str, *fields: str) -> tuple[Run, dict] | None:
    """A kept run and its ``fields`` of extra data."""
    data = kept(name)
    try:
        extra = {f: data.pop(f) for f in fields}
        return Run(**data), extra
    except (AttributeError, TypeError, KeyError):
        return None


def file_digest(path: Path) -> str:
    """The sha256 of a file's bytes; "" for a file that is not there."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


def data_key(*parts: str) -> str:
    """A key for data that depends on ``parts`` and on the harness and requirements."""
    digest = hashlib.sha256()
    for part in [_harness_digest(), *parts]:
        digest.update(part.encode() + b"\0")
    return digest.hexdigest()


def remembered(compute, label: str, files: list[Path]):
    """``compute()``, a JSON value measured in this process (a chapter test's runs of a snippet
    it imports), kept while ``label``, ``files`` (and what they import), this interpreter, the
    harness and the requirements are unchanged. The test still judges the value each time."""
    if not enabled():
        return compute()
    inputs = _input_parts([rel(Path(f)) for f in files])
    name = data_key(label, sys.executable, sys.version, *inputs)
    found = kept(name)
    if found is not None:
        return found["value"]
    value = compute()
    keep(name, {"value": value})
    return value


def keep_with_files(name: str, data: dict, root: Path, files: list[str]) -> None:
    """Keep ``data`` with the digest of each of ``files`` (paths under ``root``)."""
    keep(name, {**data, "files": {f: file_digest(root / f) for f in files}})


def kept_while_unchanged(name: str, root: Path) -> dict | None:
    """Data kept by ``keep_with_files``, if every file it lists has the same digest now."""
    data = kept(name)
    files = data.pop("files", None) if data else None
    if not files or any(file_digest(root / f) != d for f, d in files.items()):
        return None
    return data


def keep(name: str, data: dict) -> None:
    where = folder()
    if where is None:
        return
    where.mkdir(parents=True, exist_ok=True)
    tmp = where / f".{name}.{os.getpid()}"
    tmp.write_text(json.dumps(data), encoding="utf-8")
    tmp.replace(where / f"{name}.json")


def kept(name: str) -> dict | None:
    where = folder()
    if where is None:
        return None
    try:
        return json.loads((where / f"{name}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
