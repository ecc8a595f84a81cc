"""A fence's info string and the page conventions for it (parsing only; nothing runs here).

* a fence is ```python, ```bash or ```text, optionally with ``title="..."``, or the attribute
  form ```{.python .no-run title="why it is not run"};
* python and bash blocks run unless marked ``.no-run`` (the title says why) or ``.launched`` (a
  whole snippet that a running snippet starts, e.g. master and worker);
* ``<!--pytest-codeblocks:expected-output-->`` before a fence makes it the output of the block
  above; ``.any-order`` on it relaxes the order of lines, ``.numbers-vary`` masks numbers;
* an output may be split into ``/// tab | Python 3.X`` tabs, one per range of versions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from harness.paths import ROOT

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
REQUIRES = re.compile(
    r"^# requires: Python 3\.(\d+)\+?\s*$", re.M
)  # an example's own minimum


class PageError(Exception):
    """A page breaks a convention; the message starts with ``file:line`` and says the fix."""


def version_range(versions: list[tuple[int, int]]) -> str:
    """``3.10–3.13`` for consecutive minors, else ``3.9, 3.11``."""
    minors = sorted(minor for _, minor in versions)
    parts, start = [], 0
    for k in range(1, len(minors) + 1):
        if k == len(minors) or minors[k] != minors[k - 1] + 1:
            low, high = minors[start], minors[k - 1]
            parts.append(f"3.{low}" if low == high else f"3.{low}–3.{high}")
            start = k
    return ", ".join(parts)


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
        return (
            f"Python {low}"
            if self.high == self.low
            else f"Python {low}–3.{self.high[1]}"
        )

    @classmethod
    def parse(cls, line: str) -> Versions | None:
        m = TAB.match(line.strip())
        if not m:
            return None
        low = (3, int(m.group(1)))
        high = (
            None if m.group(2) == "+" else (3, int(m.group(3))) if m.group(3) else low
        )
        return cls(low, high)


ALL_VERSIONS = Versions()


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
    output: Fence | None = (
        None  # the first output block; see ``outputs`` for per-version tabs
    )
    outputs: list[tuple[Versions, Fence]] = field(default_factory=list)
    output_span: tuple[int, int] | None = (
        None  # source lines (1-based, inclusive) of all outputs
    )
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
            if (ROOT / path).read_text(encoding="utf-8").rstrip(
                "\n"
            ) == self.code.rstrip("\n"):
                return path
        return None

    @property
    def name(self) -> str:
        """What the tests call this block: its snippet, else page:line."""
        return self.snippets[0] if self.snippets else f"{self.page.name}:{self.line}"

    @property
    def oldest(self) -> tuple[int, int]:
        """The oldest CPython this block runs on: ``# requires: Python 3.11+`` in its code."""
        m = REQUIRES.search(self.code)
        return (3, int(m.group(1))) if m else OLDEST

    def output_for(self, version: tuple[int, int]) -> Fence | None:
        """The output block shown for ``version`` (the tab that covers it)."""
        return next(
            (out for versions, out in self.outputs if version in versions), None
        )

    def summary(self) -> list[tuple[int, str]]:
        """(page line, text) for each thing that must be the same in both languages: language
        and markers, the title of a snippet, each code line, each output tab and its lines."""
        lines = [
            (
                self.line,
                f"```{self.lang} {' '.join(sorted('.' + c for c in self.classes))}",
            )
        ]
        if self.snippets:
            lines.append((self.line, f"title: {self.options.get('title')}"))
        code = self.code.rstrip("\n").split("\n")
        inline = not self.snippets
        lines += [
            (self.line + 1 + k if inline else self.line, text)
            for k, text in enumerate(code)
        ]
        for versions, out in self.outputs:
            label = (
                f"output {versions.label or 'for every version'} {sorted(out.classes)}"
            )
            lines.append((out.line, label))
            body = out.code.rstrip("\n").split("\n")
            lines += [(out.line + 1 + k, text) for k, text in enumerate(body)]
        return lines

    @property
    def twin_key(self) -> tuple:
        """What must be the same in both languages (titles of no-run blocks may differ)."""
        return tuple(text for _, text in self.summary())


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
                f"{fence.where}: cannot read {bare or dot + name!r} in the fence "
                f'```{fence.info}; write {{.lang .marker key="value"}}'
            )
    if fence.lang not in LANGS:
        raise PageError(
            f"{fence.where}: fence language {fence.lang!r} is not one of {sorted(LANGS)}; "
            "a fence the harness cannot read would never run. Write ```python, ```bash or ```text"
        )
    unknown = sorted((fence.classes - CLASSES) | (set(fence.options) - OPTIONS))
    if unknown:
        raise PageError(
            f"{fence.where}: unknown fence marker {unknown}; the known ones are "
            f"{sorted(CLASSES | OPTIONS)}"
        )
    if "no-run" in fence.classes and not fence.options.get("title"):
        raise PageError(
            f'{fence.where}: a .no-run block needs title="<why it is not run>"'
        )
