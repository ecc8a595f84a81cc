"""What a change can affect, for ``./dev test --changed``: the files changed since ``main`` (and
in the work tree, untracked ones included), then the pages, snippets, diagrams and URLs that
depend on them. A change to the harness, the tests, the requirements or the site's settings
affects everything."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass, field

from harness.paths import ROOT, page_paths, page_url, rel, twin_of

EVERYTHING = (
    "harness/",
    "tools/",
    "tests/conftest.py",
    "requirements.txt",
    "pyproject.toml",
    "snippets/ruff.toml",
    "dev",
)
WHOLE_SITE = (
    "mkdocs.yml",
    "overrides/",
    "docs/assets/extra.css",
    "jieba_dict_user.txt",
)


def git(*args: str) -> list[str]:
    done = subprocess.run(
        ["git", *args], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return [line for line in done.stdout.splitlines() if line]


def changed_files(base: str = "main") -> set[str]:
    """Files changed since the branch left ``base``, plus the work tree's changes."""
    try:
        fork = git("merge-base", "HEAD", base)[0]
    except (subprocess.CalledProcessError, IndexError):
        fork = "HEAD"
    files = set(git("diff", "--name-only", fork))
    files |= set(git("ls-files", "--others", "--exclude-standard"))
    return {f for f in files if not f.startswith(".cache/")}


@dataclass
class Affected:
    changed: set[str]
    everything: bool = False
    whole_site: bool = False
    pages: set[str] = field(default_factory=set)  # docs/x.zh.md ...
    files: set[str] = field(
        default_factory=set
    )  # snippets, diagrams, pages, other files
    urls: set[str] = field(default_factory=set)  # /x/ and /en/x/
    chapters: set[str] = field(default_factory=set)  # x, for tests/test_x_*.py

    def covers(self, text: str) -> bool:
        """Whether a test id part (a path, a URL, a page name) is affected."""
        if self.everything:
            return True
        if text in self.files or text in self.urls:
            return True
        page = text.split(":")[0]  # docs/x.zh.md, or x.zh.md:12 (a block's test id)
        return any(page in (name, name.split("/")[-1]) for name in self.pages)

    def covers_exercise(self, path: str) -> bool:
        """Whether an exercise's checks are affected: a change to one of its own files
        (starter, solution, check, wrong answers), to its chapter's pages or to the shared
        includes; not a change to another example on the same page."""
        if self.everything:
            return True
        folder, name = path.split("/exercises/", 1)
        key = name.rsplit("/", 1)[-1].split("__")[0].removesuffix(".py")
        key = key.removesuffix("_solution").removesuffix("_check")
        chapter = folder.rsplit("/", 1)[-1]
        return any(
            (
                f.startswith(f"{folder}/exercises/")
                and f"/{key}" in f"/{f.rsplit('/', 1)[-1]}"
            )
            or re.fullmatch(rf"docs/{chapter}\.\w\w\.md", f)
            or f.startswith("includes/")
            for f in self.changed
        )


def includes(page_text: str) -> list[str]:
    return re.findall(r'-+8<-+\s+"([^"]+)"', page_text)


def affected(changed: set[str]) -> Affected:
    found = Affected(changed)
    found.everything = any(f.startswith(EVERYTHING) for f in changed)
    found.whole_site = found.everything or any(
        f.startswith(WHOLE_SITE) for f in changed
    )
    found.files = set(changed)
    for name in sorted(changed):  # snippets beside a changed one that import it
        if (
            name.startswith("snippets/")
            and name.endswith(".py")
            and (ROOT / name).exists()
        ):
            stem = name.rsplit("/", 1)[-1].removesuffix(".py")
            for other in (ROOT / name).parent.glob("*.py"):
                if re.search(
                    rf"^(from|import) {stem}\b", other.read_text("utf-8"), re.M
                ):
                    found.files.add(rel(other))
    pages = {rel(p): p for p in page_paths()}
    texts = {name: path.read_text(encoding="utf-8") for name, path in pages.items()}
    for name, text in texts.items():
        used = includes(text)
        if name in changed or found.whole_site or any(f in found.files for f in used):
            found.pages |= {name, rel(twin_of(pages[name]))}
    for name in found.pages:
        if name in texts:
            found.files |= set(includes(texts[name])) | {name}
    found.urls = {page_url(pages[name])[1] for name in found.pages if name in pages}
    for name in found.files:
        m = re.match(r"(?:docs/|snippets/)([\w-]+)[./]", name)
        if m:
            found.chapters.add(m.group(1))
    return found
