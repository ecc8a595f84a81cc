"""The CPythons of the version matrix, and which of them runs a block.

``PYTHONS`` (interpreter paths separated by ``os.pathsep``) if set; else pyenv's
(``$PYENV_ROOT/versions/3.X.Y``) and the Debian root ``tools/roots/make-root`` caches (sid:
3.13, 3.14, 3.15). For each minor version the newest patch release found runs the examples. The project's own interpreter (the venv) stands for its minor
version when no newer release of it is found; examples that import third-party packages (Dask)
run on it only. ``python -m harness.pythons`` prints the matrix and what is missing from it.
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
import tempfile
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from harness.fences import OLDEST, Fence, version_range
from harness.paths import ROOT

NEWEST = (3, 15)  # the newest CPython release the site teaches
REQUIRED_IN_CI = ((3, 9), (3, 14), (3, 15))  # the oldest promised, and the two newest
ROOTS = ROOT / "tools" / "roots"
ROOT_RECIPES = ("sid",)  # tools/roots/<name>: the Debian suites that give CPythons


@dataclass(frozen=True)
class Python:
    version: tuple[int, int]
    path: str
    release: str = ""  # "3.13.18": the patch release, as the versions lines name it

    @property
    def name(self) -> str:
        return f"3.{self.version[1]}"

    @property
    def is_project(self) -> bool:
        """The project's own interpreter (the venv), where third-party packages are installed."""
        return self.path == sys.executable


PROJECT_PYTHON = Python(
    sys.version_info[:2], sys.executable, "{}.{}.{}".format(*sys.version_info[:3])
)


def release_of(path: str) -> tuple[int, int, int] | None:
    try:
        out = subprocess.run(
            [path, "-c", "import sys; print(*sys.version_info[:3])"],
            capture_output=True,
            text=True,
            timeout=60,
            cwd=ROOT,
        ).stdout.split()
        return (int(out[0]), int(out[1]), int(out[2]))
    except (OSError, ValueError, IndexError, subprocess.SubprocessError):
        return None


def root_pythons() -> list[str]:
    """The wrappers of the Debian roots made here (tools/roots/make-root NAME --path)."""
    found = []
    for name in ROOT_RECIPES:
        listed = subprocess.run(
            [str(ROOTS / "make-root"), name, "--path"], capture_output=True, text=True
        )
        if listed.returncode == 0:
            found += listed.stdout.split()
    return found


def candidates() -> list[str]:
    """Every interpreter path to consider: PYTHONS alone if set, else pyenv's and the roots'."""
    if os.environ.get("PYTHONS"):
        return list(filter(None, os.environ["PYTHONS"].split(os.pathsep)))
    root = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    try:
        pyenv = sorted(
            str(folder / "bin" / "python3")
            for folder in root.glob("3.*")
            if (m := re.fullmatch(r"3\.(\d+)\.\d+", folder.name))
            and int(m.group(1)) >= OLDEST[1]
            and (folder / "bin" / "python3").exists()
        )
    except OSError:  # a PYENV_ROOT this user may not read
        pyenv = []
    return pyenv + root_pythons()


@cache
def pythons() -> tuple[Python, ...]:
    """Every CPython from 3.9 on to run the stdlib examples with: per minor version, the
    newest patch release found."""
    found: dict[tuple[int, int], tuple[tuple[int, int, int], Python]] = {}
    project = (tuple(sys.version_info[:3]), PROJECT_PYTHON)
    found[PROJECT_PYTHON.version] = project
    explicit = bool(os.environ.get("PYTHONS"))
    paths = candidates()
    with ThreadPoolExecutor(max_workers=max(len(paths), 1)) as pool:
        releases = list(pool.map(release_of, paths))
    for path, release in zip(paths, releases):
        if release is None:
            if explicit:
                raise RuntimeError(f"PYTHONS: cannot run {path!r}")
            continue
        minor = release[:2]
        if minor not in found or release > found[minor][0]:
            found[minor] = (release, Python(minor, path, "{}.{}.{}".format(*release)))
    return tuple(found[v][1] for v in sorted(found) if v >= OLDEST)


def missing_minors() -> list[str]:
    """Minor versions from the oldest to the newest the site teaches that no Python here is."""
    have = {py.version for py in pythons()}
    return [
        f"3.{minor}"
        for minor in range(OLDEST[1], NEWEST[1] + 1)
        if (3, minor) not in have
    ]


def missing_required() -> list[str]:
    have = {py.version for py in pythons()}
    return [f"3.{minor}" for _, minor in REQUIRED_IN_CI if (3, minor) not in have]


def matrix_name() -> str:
    """The matrix as a reader reads it: ``3.9–3.15``."""
    return version_range([py.version for py in pythons()])


def matrix_line() -> str:
    """One line for the start of a run: the releases that will run, and what is missing."""
    names = ", ".join(py.release for py in pythons())
    missing = missing_minors()
    gap = f"; missing: {', '.join(missing)}" if missing else ""
    return f"CPython {names}{gap}"


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


STDLIB = (
    frozenset(sys.stdlib_module_names)
    | {"annotationlib", "compression"}  # new in 3.14
    | {  # removed in 3.12 and 3.13 (PEP 594, PEP 632): the stdlib of 3.9 still
        "aifc",
        "asynchat",
        "asyncore",
        "audioop",
        "cgi",
        "cgitb",
        "chunk",
        "crypt",
        "distutils",
        "imghdr",
        "imp",
        "lib2to3",
        "mailcap",
        "msilib",
        "nis",
        "nntplib",
        "ossaudiodev",
        "pipes",
        "smtpd",
        "sndhdr",
        "spwd",
        "sunau",
        "telnetlib",
        "uu",
        "xdrlib",
    }
)  # whatever the project's Python is: a module is third-party only if no 3.9-3.15 has it
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


if __name__ == "__main__":
    print(matrix_line())
