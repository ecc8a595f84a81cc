"""The CPythons of the version matrix, and which of them runs a block.

``PYTHONS`` (interpreter paths separated by ``os.pathsep``) if set; else pyenv's
(``$PYENV_ROOT/versions/3.X.Y``, the newest patch of each minor) and CPython 3.14 from the Debian
unstable root that ``tools/python314/make-root`` caches. The project's own interpreter (the venv)
stands for its minor version; examples that import third-party packages (Dask) run on it only.
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from harness.fences import OLDEST, Fence, version_range
from harness.paths import IN_CI, ROOT

REQUIRED_IN_CI = (
    (3, 9),
    (3, 14),
)  # the oldest the site promises, and the newest release
MAKE_ROOT = ROOT / "tools" / "python314" / "make-root"


@dataclass(frozen=True)
class Python:
    version: tuple[int, int]
    path: str

    @property
    def name(self) -> str:
        return f"3.{self.version[1]}"

    @property
    def is_project(self) -> bool:
        """The project's own interpreter (the venv), where third-party packages are installed."""
        return self.path == sys.executable


PROJECT_PYTHON = Python(sys.version_info[:2], sys.executable)


def version_of(path: str) -> tuple[int, int] | None:
    try:
        out = subprocess.run(
            [path, "-c", "import sys; print(*sys.version_info[:2])"],
            capture_output=True,
            text=True,
            timeout=60,
            cwd=ROOT,
        ).stdout.split()
        return (int(out[0]), int(out[1]))
    except (OSError, ValueError, IndexError, subprocess.SubprocessError):
        return None


def debian_root_python() -> str | None:
    """The 3.14 wrapper of the cached Debian unstable root, if that root exists."""
    if not MAKE_ROOT.exists():
        return None
    found = subprocess.run([str(MAKE_ROOT), "--path"], capture_output=True, text=True)
    return found.stdout.strip() or None if found.returncode == 0 else None


@cache
def pythons() -> tuple[Python, ...]:
    """Every CPython from 3.9 on to run the stdlib examples with, one per minor version."""
    found: dict[tuple[int, int], Python] = {}
    if os.environ.get("PYTHONS"):
        for path in filter(None, os.environ["PYTHONS"].split(os.pathsep)):
            version = version_of(path)
            if version is None:
                raise RuntimeError(f"PYTHONS: cannot run {path!r}")
            found[version] = Python(version, path)
    else:
        root = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
        installed = []
        for folder in root.glob("3.*"):
            m = re.fullmatch(r"3\.(\d+)\.(\d+)", folder.name)
            exe = folder / "bin" / "python3"
            if m and exe.exists():
                installed.append(((3, int(m.group(1))), int(m.group(2)), str(exe)))
        for version, _, path in sorted(installed):  # the newest patch wins
            found[version] = Python(version, path)
        wrapper = debian_root_python()
        if wrapper and (3, 14) not in found and version_of(wrapper) == (3, 14):
            found[(3, 14)] = Python((3, 14), wrapper)
    found[PROJECT_PYTHON.version] = PROJECT_PYTHON
    return tuple(found[v] for v in sorted(found) if v >= OLDEST)


def missing_required() -> list[str]:
    have = {py.version for py in pythons()}
    return [f"3.{minor}" for _, minor in REQUIRED_IN_CI if (3, minor) not in have]


def matrix_name() -> str:
    """The matrix as a reader reads it: ``3.9–3.14``."""
    return version_range([py.version for py in pythons()])


@cache
def shim_dir(python: Python) -> str:
    """A folder whose ``python`` and ``python3`` are ``python``: bash blocks run on it too."""
    folder = (
        Path(tempfile.gettempdir()) / f"docs-python-shims-{os.getuid()}" / python.name
    )
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("python", "python3"):
        link = folder / name
        if not (link.is_symlink() and os.readlink(link) == python.path):
            tmp = folder / f".{name}.{os.getpid()}"
            tmp.unlink(missing_ok=True)
            tmp.symlink_to(python.path)
            tmp.replace(link)
    return str(folder)


STDLIB = frozenset(sys.stdlib_module_names) | {
    "annotationlib",
    "compression",
}  # 3.14's new ones
SHELL_WORDS = {"python", "python3", "cd", "export", "echo", "set"}


_PARSING = (
    threading.Lock()
)  # CPython 3.11's ast.parse is not safe in threads (gh-106905)


def imports(code: str) -> set[str]:
    """Top-level module names ``code`` imports (absolute imports only)."""
    try:
        with _PARSING:  # a run's versions start at once, each computing its reuse key
            tree = ast.parse(code)
    except SyntaxError:
        return set()  # a deliberate syntax error imports nothing
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def local_imports(path: str) -> list[str]:
    """Files beside a snippet that it imports (a result depends on them too)."""
    file = ROOT / path
    beside = {p.stem: p for p in file.parent.glob("*.py")}
    used = imports(file.read_text(encoding="utf-8")) & set(beside)
    return sorted(beside[name].relative_to(ROOT).as_posix() for name in used)


@cache
def third_party(path: str) -> frozenset[str]:
    """Modules a snippet imports that are neither the stdlib nor a file beside it."""
    file = ROOT / path
    local = {p.stem for p in file.parent.glob("*.py")}
    return frozenset(imports(file.read_text(encoding="utf-8")) - STDLIB - local)


def needs_project_python(fence: Fence) -> bool:
    """True for an example that needs the project's packages (it runs on the venv only)."""
    if fence.lang == "bash":
        commands = [line.split()[0] for line in fence.code.splitlines() if line.strip()]
        if any(c not in SHELL_WORDS and not c.startswith("#") for c in commands):
            return True
        used = re.findall(r"snippets/\S+\.py", fence.code)
        return any(third_party(path) for path in used)
    if fence.whole_snippet:
        return bool(third_party(fence.whole_snippet))
    return bool(imports(fence.code) - STDLIB)


def pythons_for(fence: Fence) -> tuple[Python, ...]:
    """The Pythons that run ``fence``: the venv alone for third-party imports, else every one
    from the block's own minimum (``# requires: Python 3.11+``) on."""
    if needs_project_python(fence):
        return (PROJECT_PYTHON,)
    return tuple(py for py in pythons() if py.version >= fence.oldest)


def required_message() -> str | None:
    """Why the matrix is incomplete, or None; under CI=true the caller fails with it."""
    missing = missing_required()
    if not missing:
        return None
    hint = (
        "3.14 comes from tools/python314/make-root (Debian, as root); others from pyenv "
        f"(pyenv install 3.9); or list interpreters in PYTHONS=/path/python3.9{os.pathsep}"
        "/path/python3.14"
    )
    prefix = "CI=true and no" if IN_CI else "no"
    return f"{prefix} CPython {', '.join(missing)} to run the examples on: {hint}"
