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

import difflib
import io
import os
import re
import signal
import subprocess
import sys
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
CODE_CLASSES = {"no-run", "launched"}
OUTPUT_CLASSES = {"any-order", "numbers-vary"}
CLASSES = CODE_CLASSES | OUTPUT_CLASSES
OPTIONS = {"title", "hl_lines", "linenums"}
TOKEN = re.compile(r'\s*(?:([.#])([\w-]+)|([\w-]+)="([^"]*)"|(\S+))')


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
    output: Fence | None = None
    snippets: list[str] = field(default_factory=list)

    @property
    def where(self) -> str:
        return f"{self.page.relative_to(ROOT)}:{self.line}"

    @property
    def runs(self) -> bool:
        return self.lang in RUN_LANGS and not self.classes & CODE_CLASSES

    @property
    def whole_snippet(self) -> str | None:
        """The snippet file this block shows in full, if any."""
        for path in self.snippets:
            if (ROOT / path).read_text(encoding="utf-8").rstrip("\n") == self.code.rstrip("\n"):
                return path
        return None

    @property
    def twin_key(self) -> tuple:
        """What must be the same in both languages (titles of no-run blocks may differ)."""
        out = self.output and (self.output.code, tuple(sorted(self.output.classes)))
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
    fences = []
    for index, block in enumerate(blocks):
        fence = Fence(path, line_of[block.lineno], block.syntax or "", block.code, index)
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
            fence.output = _output_fence(fence, block, expanded, line_of)
        fences.append(fence)
    return Page(path, lang, fences, included)


def _output_fence(fence, block, expanded, line_of) -> Fence:
    """The output block pytest-codeblocks attached to ``block``, with its own info string."""
    start = block.lineno + block.code.count("\n") + 1  # closing fence of the code block
    lineno = next(
        k for k in range(start + 1, len(expanded) + 1) if expanded[k - 1].lstrip().startswith("```")
    )
    info = expanded[lineno - 1].strip().lstrip("`")
    out = Fence(fence.page, line_of[lineno], info, block.expected_output)
    parse_info(out)
    if out.lang != "text" or out.classes & CODE_CLASSES:
        raise PageError(f"{out.where}: an output block is ```text or {{.text .any-order ...}}")
    if not fence.runs:
        raise PageError(
            f"{out.where}: output attached to a block that does not run ({fence.where})"
        )
    return out


def page_paths() -> list[Path]:
    return sorted(DOCS.rglob("*.md"))


def page_url(path: Path) -> tuple[str, str]:
    """(language, URL path) of a page: docs/x.zh.md -> /x/, docs/x.en.md -> /en/x/."""
    lang, stem = page_lang(path), path.name.split(".")[0]
    folder = "" if stem == "index" else f"{stem}/"
    return lang, "/" + ("" if lang == "zh" else "en/") + folder


def snippet_paths() -> list[str]:
    return sorted(p.relative_to(ROOT).as_posix() for p in SNIPPETS.rglob("*") if p.is_file())


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


def run_fence(fence: Fence, timeout: float = EXAMPLE_TIMEOUT) -> Run:
    """Run a block in a fresh process, as a reader would, from the repository root."""
    env = dict(
        os.environ, PYTHONUNBUFFERED="1", PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1"
    )
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    if fence.lang == "bash":
        cmd = ["bash", "-euo", "pipefail", "-c", fence.code]
    elif fence.whole_snippet:
        cmd = [sys.executable, fence.whole_snippet]
    else:
        cmd = [sys.executable, "-c", fence.code]
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


def replace_output(fence: Fence, actual: str) -> None:
    """Rewrite (or add) the output block of ``fence`` in its page with ``actual``."""
    lines = fence.page.read_text(encoding="utf-8").split("\n")
    body = actual.rstrip("\n").split("\n")
    if fence.output is not None:
        start = fence.output.line  # opening fence, 1-based
        end = next(k for k in range(start, len(lines)) if lines[k].strip().startswith("```"))
        lines[start:end] = body
    else:
        close = next(k for k in range(fence.line, len(lines)) if lines[k].strip().startswith("```"))
        lang = page_lang(fence.page)
        lines[close + 1 : close + 1] = [
            "",
            "<!--pytest-codeblocks:expected-output-->",
            f'```text title="{OUTPUT_TITLE[lang]}"',
            *body,
            "```",
        ]
    fence.page.write_text("\n".join(lines), encoding="utf-8")
    load_page.cache_clear()


# --- building the site ------------------------------------------------------


def build_site(dest: Path) -> subprocess.CompletedProcess:
    """``mkdocs build --strict`` into ``dest``, exactly as CI publishes it."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(dest)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
