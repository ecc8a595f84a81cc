"""Read every page the way MkDocs does and hand its code blocks to the tests.

A page is expanded by pymdownx.snippets' own preprocessor, configured from
mkdocs.yml, then split into blocks by pytest-codeblocks' parser. The only rules
added here are the page conventions documented in README.md:

* a fence is ```python, ```bash or ```text, optionally with ``title="..."``, or
  the attribute form ```{.python .no-run title="why it is not run"};
* python and bash blocks run unless marked ``.no-run`` (the title says why) or
  ``.launched`` (a whole snippet that a running snippet starts, e.g. master and worker);
* ``<!--pytest-codeblocks:expected-output-->`` before a fence makes it the
  output of the block above; ``.any-order`` on that fence relaxes the order of
  the lines, ``.numbers-vary`` masks numbers (timings), nothing else.
"""

from __future__ import annotations

import ast
import difflib
import io
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import markdown
import yaml
from pytest_codeblocks import extract_from_buffer

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SNIPPETS = ROOT / "snippets"
LANGUAGES = ("zh", "en")
OUTPUT_TITLE = {"zh": "输出", "en": "Output"}
EXAMPLE_TIMEOUT = float(os.environ.get("DOCS_EXAMPLE_TIMEOUT", 30))  # seconds, then killed

RUN_LANGS = {"python", "bash"}
LANGS = RUN_LANGS | {"text"}
CODE_CLASSES = {"no-run", "launched", "exercise"}
NOT_RUN = {"no-run", "launched"}
OUTPUT_CLASSES = {"any-order", "numbers-vary"}
CLASSES = CODE_CLASSES | OUTPUT_CLASSES
OPTIONS = {"title", "hl_lines", "linenums"}
TOKEN = re.compile(r'\s*(?:([.#])([\w-]+)|([\w-]+)="([^"]*)"|(\S+))')


OLDEST = (3, 9)  # the oldest CPython every stdlib example must run on (README)
TAB = re.compile(r"^/// tab \| Python 3\.(\d+)(\+|[–-]3\.(\d+))?\s*$")


@dataclass(frozen=True)
class Versions:
    """The CPython versions an output block belongs to: ``low`` to ``high`` (None: and later)."""

    low: tuple[int, int] = OLDEST
    high: tuple[int, int] | None = None

    def __contains__(self, version: tuple[int, int]) -> bool:
        return self.low <= version and (self.high is None or version <= self.high)

    @property
    def label(self) -> str:
        """The tab label a contributor writes (``Python 3.10+``); "" for every version."""
        low = f"3.{self.low[1]}"
        if self.high is None:
            return "" if self.low == OLDEST else f"Python {low}+"
        return f"Python {low}" if self.high == self.low else f"Python {low}–3.{self.high[1]}"

    @classmethod
    def parse(cls, line: str) -> Versions | None:
        m = TAB.match(line.strip())
        if not m:
            return None
        low = (3, int(m.group(1)))
        high = None if m.group(2) == "+" else (3, int(m.group(3))) if m.group(3) else low
        return cls(low, high)


ALL_VERSIONS = Versions()


class PageError(Exception):
    """A page breaks a convention; the message starts with ``file:line``."""


@dataclass
class Fence:
    page: Path
    line: int  # line of the opening fence in the page source
    info: str
    code: str
    index: int = 0  # position among the page's fences
    lang: str = ""
    classes: set[str] = field(default_factory=set)
    options: dict[str, str] = field(default_factory=dict)
    output: Fence | None = None  # the first output block; see ``outputs`` for per-version tabs
    outputs: list[tuple[Versions, Fence]] = field(default_factory=list)
    output_span: tuple[int, int] | None = None  # source lines (1-based, inclusive) of all outputs
    snippets: list[str] = field(default_factory=list)

    @property
    def where(self) -> str:
        return f"{self.page.relative_to(ROOT)}:{self.line}"

    @property
    def runs(self) -> bool:
        return self.lang in RUN_LANGS and not self.classes & NOT_RUN

    @property
    def is_exercise(self) -> bool:
        """A starter: it runs, and must *not* print the output shown (a correct answer's)."""
        return "exercise" in self.classes

    @property
    def whole_snippet(self) -> str | None:
        """The snippet file this block shows in full, if any."""
        for path in self.snippets:
            if (ROOT / path).read_text(encoding="utf-8").rstrip("\n") == self.code.rstrip("\n"):
                return path
        return None

    def output_for(self, version: tuple[int, int]) -> Fence | None:
        """The output block shown for ``version`` (the tab that covers it)."""
        return next((out for versions, out in self.outputs if version in versions), None)

    @property
    def twin_key(self) -> tuple:
        """What must be the same in both languages (titles of no-run blocks may differ)."""
        out = tuple(
            (versions.label, out.code, tuple(sorted(out.classes))) for versions, out in self.outputs
        )
        title = self.options.get("title") if self.snippets else None
        return (self.lang, tuple(sorted(self.classes)), self.code, title, out)


@dataclass
class Page:
    path: Path
    lang: str
    fences: list[Fence]
    snippets: list[str]  # repo-relative paths, in include order

    @property
    def twin_path(self) -> Path:
        other = next(lang for lang in LANGUAGES if lang != self.lang)
        return self.path.with_name(self.path.name.replace(f".{self.lang}.md", f".{other}.md"))


@cache
def _snippet_config() -> dict:
    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader)
    for ext in config["markdown_extensions"]:
        if isinstance(ext, dict) and "pymdownx.snippets" in ext:
            options = dict(ext["pymdownx.snippets"])
            options["base_path"] = [str(ROOT / p) for p in options.get("base_path", ["."])]
            return options
    raise PageError("mkdocs.yml: pymdownx.snippets is not configured")


def expand(path: Path) -> tuple[list[str], list[str]]:
    """Expand a page's ``--8<--`` includes exactly as the MkDocs build does."""
    md = markdown.Markdown(
        extensions=["pymdownx.snippets"],
        extension_configs={"pymdownx.snippets": _snippet_config()},
    )
    preprocessor = md.preprocessors["snippet"]
    included: list[str] = []
    read_lines = preprocessor.read_lines

    def recording_read_lines(file):
        included.append(Path(file).resolve().relative_to(ROOT).as_posix())
        return read_lines(file)

    preprocessor.read_lines = recording_read_lines
    source = path.read_text(encoding="utf-8").split("\n")
    try:
        lines = preprocessor.run(list(source))
    except Exception as exc:  # SnippetMissingError and friends
        raise PageError(f"{path.relative_to(ROOT)}: {exc}") from exc
    return lines, included


def _line_map(source: list[str], expanded: list[str]) -> tuple[dict[int, int], set[int]]:
    """Map 1-based expanded line numbers to source lines; also return the included lines."""
    mapping, included = {}, set()
    matcher = difflib.SequenceMatcher(None, source, expanded, autojunk=False)
    for tag, s0, _, e0, e1 in matcher.get_opcodes():
        for k in range(e1 - e0):
            mapping[e0 + k + 1] = s0 + (k if tag == "equal" else 0) + 1
            if tag != "equal":
                included.add(e0 + k + 1)
    return mapping, included


def parse_info(fence: Fence) -> None:
    """Fill ``lang``, ``classes`` and ``options`` from the fence's info string."""
    info = fence.info.strip()
    braced = info.startswith("{") and info.endswith("}")
    body = info[1:-1] if braced else info
    tokens = TOKEN.findall(body)
    if not braced and tokens and tokens[0][4]:
        fence.lang = tokens.pop(0)[4]
    for dot, name, key, value, bare in tokens:
        if dot == "." and braced and not fence.lang:
            fence.lang = name
        elif dot == "." and braced:
            fence.classes.add(name)
        elif key:
            fence.options[key] = value
        else:
            raise PageError(
                f"{fence.where}: cannot read {bare or dot + name!r} in fence "
                f'```{fence.info}; write {{.lang .class key="value"}}'
            )
    if fence.lang not in LANGS:
        raise PageError(
            f"{fence.where}: fence language {fence.lang!r} is not one of "
            f"{sorted(LANGS)}; an unknown fence would never run"
        )
    unknown = fence.classes - CLASSES
    if unknown or set(fence.options) - OPTIONS:
        raise PageError(
            f"{fence.where}: unknown fence marker {sorted(unknown | (set(fence.options) - OPTIONS))} "
            f"(known: {sorted(CLASSES | OPTIONS)})"
        )
    if "no-run" in fence.classes and not fence.options.get("title"):
        raise PageError(f'{fence.where}: a .no-run block needs title="<why it is not run>"')


def page_lang(path: Path) -> str:
    parts = path.name.split(".")
    return parts[-2] if len(parts) >= 3 else ""


@cache
def load_page(path: Path) -> Page:
    lang = page_lang(path)
    if lang not in LANGUAGES:
        raise PageError(f"{path.relative_to(ROOT)}: page name must end in .zh.md or .en.md")
    source = path.read_text(encoding="utf-8").split("\n")
    expanded, included = expand(path)
    try:
        blocks = extract_from_buffer(io.StringIO("\n".join(expanded)))
    except RuntimeError as exc:
        raise PageError(f"{path.relative_to(ROOT)}: {exc}") from exc
    line_of, from_snippet = _line_map(source, expanded)
    snippet_text = {p: (ROOT / p).read_text(encoding="utf-8").strip() for p in included}
    fences: list[Fence] = []
    consumed: set[int] = set()  # later output tabs of a block, already attached to it
    for block in blocks:
        if block.lineno in consumed:
            continue
        fence = Fence(path, line_of[block.lineno], block.syntax or "", block.code, len(fences))
        if expanded[block.lineno - 1] != expanded[block.lineno - 1].lstrip():
            raise PageError(
                f"{fence.where}: an indented code block (inside ??? or !!!) would lose its indent "
                "when ./dev update-outputs rewrites it; use an unindented /// details, "
                "/// solution or /// verified block"
            )
        parse_info(fence)
        if block.lineno + 1 in from_snippet:
            fence.snippets = [p for p, text in snippet_text.items() if fence.code.strip() in text]
            if fence.options.get("title") not in fence.snippets:
                raise PageError(
                    f"{fence.where}: a block that includes a snippet must have its path as title "
                    f'(title="{(fence.snippets or ["snippets/..."])[0]}"), so the reader sees which file runs'
                )
        if fence.classes & OUTPUT_CLASSES:
            raise PageError(
                f"{fence.where}: {sorted(fence.classes & OUTPUT_CLASSES)} belongs on the output block, "
                "after <!--pytest-codeblocks:expected-output-->"
            )
        if "launched" in fence.classes and not fence.whole_snippet:
            raise PageError(f"{fence.where}: .launched is for a block that shows a whole snippet")
        if block.expected_output is not None:
            _attach_outputs(fence, block, expanded, line_of, consumed)
        fences.append(fence)
    return Page(path, lang, fences, included)


def _next_line(expanded: list[str], lineno: int) -> int:
    """The next non-blank line after ``lineno`` (1-based), or 0 at the end."""
    return next((k for k in range(lineno + 1, len(expanded) + 1) if expanded[k - 1].strip()), 0)


def _closing_fence(expanded: list[str], opening: int) -> int:
    return next(
        k
        for k in range(opening + 1, len(expanded) + 1)
        if expanded[k - 1].lstrip().startswith("```")
    )


def _attach_outputs(fence, block, expanded, line_of, consumed) -> None:
    """Attach the output block(s) after ``<!--pytest-codeblocks:expected-output-->``: one fence,
    or one ``/// tab | Python 3.X`` per range of versions, each with its own fence."""
    comment = block.lineno + block.code.count("\n") + 1  # the code block's closing fence
    comment = next(
        k for k in range(comment + 1, len(expanded) + 1) if "expected-output" in expanded[k - 1]
    )
    opening = _next_line(expanded, comment)
    tabbed = expanded[opening - 1].startswith("/// tab")
    end = opening
    while True:
        versions = ALL_VERSIONS
        if tabbed:
            versions = Versions.parse(expanded[opening - 1])
            if versions is None:
                raise PageError(
                    f"{fence.page.relative_to(ROOT)}:{line_of[opening]}: an output tab is labelled "
                    "'Python 3.9', 'Python 3.10+' or 'Python 3.9–3.12' (the harness reads the label)"
                )
            opening = _next_line(expanded, opening)
        info = expanded[opening - 1].strip().lstrip("`")
        out = Fence(fence.page, line_of[opening], info, "")
        closing = _closing_fence(expanded, opening)
        out.code = "".join(line + "\n" for line in expanded[opening : closing - 1])
        parse_info(out)
        if out.lang != "text" or out.classes & CODE_CLASSES:
            raise PageError(f"{out.where}: an output block is ```text or {{.text .any-order ...}}")
        if not fence.runs:
            raise PageError(
                f"{out.where}: output attached to a block that does not run ({fence.where})"
            )
        consumed.add(opening)
        fence.outputs.append((versions, out))
        end = closing
        if not tabbed:
            break
        end = _next_line(expanded, closing)  # the tab's closing ///
        following = _next_line(expanded, end)
        if not (following and expanded[following - 1].startswith("/// tab")):
            break
        opening = following
    fence.output = fence.outputs[0][1]
    fence.output_span = (line_of[comment], line_of[end])
    if tabbed:
        _check_tabs(fence)


def _check_tabs(fence: Fence) -> None:
    """Tabs cover every version from the oldest on, once each, newest first."""
    ranges = sorted((v for v, _ in fence.outputs), key=lambda v: v.low)
    expected_low = OLDEST
    for versions in ranges:
        if versions.low != expected_low or (versions.high and versions.high < versions.low):
            break
        if versions.high is None:
            if versions is ranges[-1]:
                return
            break
        expected_low = (3, versions.high[1] + 1)
    labels = [v.label for v, _ in fence.outputs]
    raise PageError(
        f"{fence.output.where}: output tabs {labels} must cover every version from "
        f"3.{OLDEST[1]} on exactly once, the last one open-ended (e.g. 'Python 3.9', 'Python 3.10+')"
    )


def solution_path(starter: str) -> str:
    return starter.removesuffix(".py") + "_solution.py"


def solution_of(fence: Fence, reverse: bool = False) -> Fence | None:
    """The block showing an exercise's solution on the same page; with ``reverse``, the
    exercise whose solution ``fence`` shows."""
    page = load_page(fence.page)
    for other in page.fences:
        pair = (fence, other) if not reverse else (other, fence)
        starter, solution = pair
        if (
            starter.is_exercise
            and starter.whole_snippet
            and solution.whole_snippet == solution_path(starter.whole_snippet)
        ):
            return other
    return None


REWRITTEN: list[str] = []  # pages ./dev update-outputs changed, listed at the end of the run


def page_paths() -> list[Path]:
    return sorted(DOCS.rglob("*.md"))


def page_url(path: Path) -> tuple[str, str]:
    """(language, URL path) of a page: docs/x.zh.md -> /x/, docs/x.en.md -> /en/x/."""
    lang, stem = page_lang(path), path.name.split(".")[0]
    folder = "" if stem == "index" else f"{stem}/"
    return lang, "/" + ("" if lang == "zh" else "en/") + folder


def snippet_paths() -> list[str]:
    return sorted(p.relative_to(ROOT).as_posix() for p in SNIPPETS.rglob("*") if p.is_file())


# --- the Pythons that run the examples ---------------------------------------


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
REQUIRED_IN_CI = ((3, 9), (3, 13))  # the oldest the site promises, and the newest installable here


def _version_of(path: str) -> tuple[int, int] | None:
    try:
        out = subprocess.run(
            [path, "-c", "import sys; print(*sys.version_info[:2])"],
            capture_output=True,
            text=True,
            timeout=30,
        ).stdout.split()
        return (int(out[0]), int(out[1]))
    except (OSError, ValueError, IndexError, subprocess.SubprocessError):
        return None


@cache
def pythons() -> tuple[Python, ...]:
    """Every CPython from 3.9 on to run the stdlib examples with, one per minor version.

    ``PYTHONS`` (interpreter paths separated by ``os.pathsep``) if set, else pyenv's
    (``$PYENV_ROOT/versions/3.X.Y/bin/python3``, the newest patch of each minor). The project's
    own interpreter stands for its minor version.
    """
    found: dict[tuple[int, int], Python] = {}
    if os.environ.get("PYTHONS"):
        for path in filter(None, os.environ["PYTHONS"].split(os.pathsep)):
            version = _version_of(path)
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
    found[PROJECT_PYTHON.version] = PROJECT_PYTHON
    return tuple(found[v] for v in sorted(found) if v >= OLDEST)


@cache
def _shim_dir(python: Python) -> str:
    """A folder whose ``python`` and ``python3`` are ``python``: bash blocks run on it too."""
    folder = Path(tempfile.gettempdir()) / f"docs-python-shims-{os.getuid()}" / python.name
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("python", "python3"):
        link = folder / name
        if not (link.is_symlink() and os.readlink(link) == python.path):
            tmp = folder / f".{name}.{os.getpid()}"
            tmp.unlink(missing_ok=True)
            tmp.symlink_to(python.path)
            tmp.replace(link)
    return str(folder)


STDLIB = frozenset(sys.stdlib_module_names)
SHELL_WORDS = {"python", "python3", "cd", "export", "echo", "set"}


def _imports(code: str) -> set[str]:
    try:
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


@cache
def third_party(path: str) -> frozenset[str]:
    """Modules a snippet imports that are neither the stdlib nor a file beside it."""
    file = ROOT / path
    local = {p.stem for p in file.parent.glob("*.py")}
    return frozenset(_imports(file.read_text(encoding="utf-8")) - STDLIB - local)


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
    return bool(_imports(fence.code) - STDLIB)


def pythons_for(fence: Fence) -> tuple[Python, ...]:
    return (PROJECT_PYTHON,) if needs_project_python(fence) else pythons()


def versions_ran(page: Page) -> list[Python]:
    """The CPythons that run every example of ``page`` (each runs on its own list)."""
    found = {py for fence in page.fences if fence.runs for py in pythons_for(fence)}
    return sorted(found, key=lambda py: py.version)


VERSIONS_LINE = {  # written by ./dev update-outputs, checked by tests/test_examples.py
    # (template, separator, last separator, (checked on one version, checked on several))
    "zh": ("*本页的示例在 CPython {} 上运行过，输出{}核对。*", "、", " 和 ", ("已", "逐一")),
    "en": (
        "*The examples on this page ran on CPython {}; the output was checked{}.*",
        ", ",
        " and ",
        ("", " on each"),
    ),
}


def versions_line(page: Page) -> str | None:
    """The generated line that names the CPythons a page's examples ran on (None: no example)."""
    names = [py.name for py in versions_ran(page)]
    if not names:
        return None
    template, sep, last, (one, each) = VERSIONS_LINE[page.lang]
    if len(names) == 1:
        return template.format(names[0], one)
    return template.format(sep.join(names[:-1]) + last + names[-1], each)


def find_versions_line(page: Page) -> tuple[int, str] | None:
    """(0-based index, text) of the page's versions line, if it has one."""
    start = VERSIONS_LINE[page.lang][0].split("{}")[0]
    lines = page.path.read_text(encoding="utf-8").split("\n")
    return next(((k, line) for k, line in enumerate(lines) if line.startswith(start)), None)


def write_versions_line(page: Page, line: str) -> None:
    """Put ``line`` where the old one was, else first in the page's first ``/// verified`` box
    (how the page was checked), else in a new box before the first ``##`` heading."""
    lines = page.path.read_text(encoding="utf-8").split("\n")
    found = find_versions_line(page)
    if found:
        at = found[0]
        lines[at] = line
    else:
        box = next((k for k, text in enumerate(lines) if text.startswith("/// verified")), None)
        if box is not None:
            at = box + 1
            lines[at:at] = [line, ""]
        else:
            at = next(k for k, text in enumerate(lines) if text.startswith("## "))
            title = "如何验证" if page.lang == "zh" else "How this was checked"
            lines[at:at] = [f"/// verified | {title}", line, "///", ""]
            at += 1
    page.path.write_text("\n".join(lines), encoding="utf-8")
    load_page.cache_clear()
    REWRITTEN.append(f"{page.path.relative_to(ROOT)}:{at + 1}")


# --- running examples -------------------------------------------------------


@dataclass
class Run:
    stdout: str
    stderr: str
    returncode: int | None  # None: killed at the timeout
    seconds: float
    leftovers: list[str]  # processes still alive after the example ended


def start_process(cmd: list[str], env: dict[str, str]) -> subprocess.Popen:
    """Start ``cmd`` from the repository root in a process group of its own (killable as a tree)."""
    return subprocess.Popen(
        cmd,
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        start_new_session=True,
    )


def run_fence(
    fence: Fence,
    timeout: float = EXAMPLE_TIMEOUT,
    python: Python = PROJECT_PYTHON,
    script: str | None = None,
) -> Run:
    """Run a block in a fresh process, as a reader would, from the repository root, on
    ``python`` (bash blocks find it as ``python``); ``script`` runs another file in its place."""
    env = dict(
        os.environ, PYTHONUNBUFFERED="1", PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1"
    )
    for name in ("PYTHONHOME", "PYTHONPATH", "VIRTUAL_ENV"):
        env.pop(name, None)
    folders = [str(Path(sys.executable).parent)]
    if not python.is_project:
        folders.insert(0, _shim_dir(python))
    env["PATH"] = os.pathsep.join([*folders, env.get("PATH", "")])
    if fence.lang == "bash":
        cmd = ["bash", "-euo", "pipefail", "-c", fence.code]
    elif script or fence.whole_snippet:
        cmd = [python.path, script or fence.whole_snippet]
    else:
        cmd = [python.path, "-c", fence.code]
    started = time.monotonic()
    proc = start_process(cmd, env)
    try:
        stdout, stderr = proc.communicate(timeout=timeout)
        code = proc.returncode
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        stdout, stderr = proc.communicate()
        code = None
    seconds = time.monotonic() - started
    leftovers = group_members(proc.pid)
    if leftovers:
        os.killpg(proc.pid, signal.SIGKILL)
    return Run(stdout, stderr, code, seconds, leftovers)


def group_members(pgid: int, grace: float = 2.0) -> list[str]:
    """Live (non-zombie) processes left in a process group, after a short grace period."""
    deadline = time.monotonic() + grace
    while True:
        alive = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                text = stat.read_text()
            except OSError:
                continue
            name_end = text.rindex(")")
            state, _, pgrp = text[name_end + 2 :].split()[:3]
            if int(pgrp) == pgid and state != "Z":
                alive.append(f"pid {stat.parent.name} {text[text.index('(') : name_end + 1]}")
        if not alive or time.monotonic() > deadline:
            return alive
        time.sleep(0.05)


NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def normalise(text: str, classes: set[str]) -> list[str]:
    """The lines to compare: trailing blanks dropped, markers applied."""
    lines = [line.rstrip() for line in text.rstrip("\n").split("\n")]
    if "numbers-vary" in classes:
        lines = [" ".join(NUMBER.sub("<n>", line).split()) for line in lines]
    if "any-order" in classes:
        lines.sort()
    return lines


def output_diff(expected: Fence, actual: str) -> str:
    """An empty string when ``actual`` matches the output block, else a unified diff."""
    want = normalise(expected.code, expected.classes)
    got = normalise(actual, expected.classes)
    if want == got:
        return ""
    return "\n".join(
        difflib.unified_diff(want, got, "shown on the page", "printed by the run", lineterm="")
    )


def output_groups(fence: Fence, printed: dict[tuple[int, int], str]) -> list[tuple[Versions, str]]:
    """What each range of versions printed, newest first; one group when all versions agree.

    Outputs that differ only where the block's markers allow (order, numbers) count as equal,
    and the shown text stays the current one where it still matches.
    """
    classes = fence.output.classes if fence.output else set()
    versions = sorted(printed)
    groups: list[list] = []  # [low, high, text]
    for version in versions:
        text = printed[version]
        if groups and normalise(groups[-1][2], classes) == normalise(text, classes):
            groups[-1][1] = version
        else:
            groups.append([version, version, text])
    groups[0][0] = OLDEST
    groups[-1][1] = None
    result = []
    for low, high, text in reversed(groups):
        versions_ = Versions(low, high)
        shown = next((o for v, o in fence.outputs if v == versions_), None)
        if shown is not None and not output_diff(shown, text):
            text = shown.code
        result.append((versions_, text))
    return result


def write_outputs(fence: Fence, groups: list[tuple[Versions, str]]) -> bool:
    """Rewrite (or add) the output of ``fence`` in its page: one block, or one tab per range of
    versions. Returns True if the page changed."""
    lines = fence.page.read_text(encoding="utf-8").split("\n")
    lang = page_lang(fence.page)
    info = f'text title="{OUTPUT_TITLE[lang]}"'
    if fence.output is not None:
        info = lines[fence.output.line - 1].strip().lstrip("`")
    new = ["<!--pytest-codeblocks:expected-output-->"]
    for versions, text in groups:
        body = ["```" + info, *text.rstrip("\n").split("\n"), "```"]
        new += [f"/// tab | {versions.label}", *body, "///"] if len(groups) > 1 else body
    if fence.output_span:
        start, end = fence.output_span
        if lines[start - 1 : end] == new:
            return False
        lines[start - 1 : end] = new
    else:
        close = _closing_fence(lines, fence.line)
        lines[close:close] = ["", *new]
    fence.page.write_text("\n".join(lines), encoding="utf-8")
    load_page.cache_clear()
    REWRITTEN.append(fence.output.where if fence.output else fence.where)
    return True


# --- building the site ------------------------------------------------------


def build_site(dest: Path, **env_vars: str) -> subprocess.CompletedProcess:
    """``mkdocs build --strict`` into ``dest``, exactly as CI publishes it (``OFFLINE="true"``:
    the offline copy)."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", **env_vars)
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(dest)],
        cwd=ROOT,
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
            record.write_text(
                json.dumps(
                    {"returncode": result.returncode, "output": result.stderr + result.stdout}
                )
            )
    data = json.loads(record.read_text())
    return Build(site, data["returncode"], data["output"])
