"""Where things are: the repository, its pages and snippets, a page's language and URL."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SNIPPETS = ROOT / "snippets"
LANGUAGES = ("zh", "en")
OUTPUT_TITLE = {"zh": "输出", "en": "Output"}
EXAMPLE_TIMEOUT = float(
    os.environ.get("DOCS_EXAMPLE_TIMEOUT", 30)
)  # seconds, then killed
IN_CI = os.environ.get("CI") == "true"


def rel(path: Path | str) -> str:
    """``path`` relative to the repository, as a contributor types it."""
    return Path(path).resolve().relative_to(ROOT).as_posix()


def page_lang(path: Path) -> str:
    parts = path.name.split(".")
    return parts[-2] if len(parts) >= 3 else ""


def twin_of(path: Path) -> Path:
    """The same page in the other language: docs/x.zh.md <-> docs/x.en.md."""
    lang = page_lang(path)
    other = next(code for code in LANGUAGES if code != lang)
    return path.with_name(path.name.replace(f".{lang}.md", f".{other}.md"))


def page_paths() -> list[Path]:
    return sorted(DOCS.rglob("*.md"))


def page_url(path: Path) -> tuple[str, str]:
    """(language, URL path) of a page: docs/x.zh.md -> /x/, docs/x.en.md -> /en/x/."""
    lang, stem = page_lang(path), path.name.split(".")[0]
    folder = "" if stem == "index" else f"{stem}/"
    return lang, "/" + ("" if lang == "zh" else "en/") + folder


def is_example_file(path: str) -> bool:
    """A file pages show (not an exercise's check or a kept wrong answer)."""
    return "/exercises/wrong/" not in path and not path.endswith("_check.py")


def snippet_paths() -> list[str]:
    """Every file under snippets/ that a page must show."""
    found = (p.relative_to(ROOT).as_posix() for p in SNIPPETS.rglob("*") if p.is_file())
    return sorted(
        p
        for p in found
        if is_example_file(p)
        and "__pycache__" not in p
        and not p.startswith(("snippets/.ruff_cache/", "snippets/ruff.toml"))
    )  # ruff.toml: the examples' width
