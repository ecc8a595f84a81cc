"""The order of the chapters teaches: a chapter's code uses only tools taught in chapters before
it in the nav, or it links the chapter that teaches the tool (where it teaches it briefly).

TAUGHT is the table of where each tool is taught: a pattern found in code, and its home chapter.
Reference pages (home, cheat sheet, glossary) may use anything.
"""

import re

import pytest
import yaml

from harness.pages import pages_or_errors
from harness.paths import DOCS, ROOT, rel

TAUGHT = [  # (what the code says, the chapter that teaches it)
    (r"\bthreading\.Thread\b|\bThread\(", "threads"),
    (r"\b(?:R?Lock)\(", "lock"),
    (r"\bthreading\.local\b|\bcontextvars\b", "threadlocal"),
    (
        r"\bqueue\.Queue\b|\b(?:Condition|Semaphore|BoundedSemaphore|Barrier|Timer)\(",
        "communication",
    ),
    (r"\bthreading\.Event\b", "communication"),
    (r"\bmultiprocessing\.Process\b|\bget_context\(|\bset_start_method\(", "processes"),
    (r"\b(?:ThreadPoolExecutor|ProcessPoolExecutor|as_completed)\b", "executors"),
    (
        r"\bmultiprocessing\.Pool\b|\b(?:Pipe|Value|Array)\(|\bshared_memory\b",
        "multiprocessing",
    ),
    (r"\bmultiprocessing\.Manager\b|\bSyncManager\b", "multiprocessing"),
    (
        r"\bmultiprocessing\.connection\b|\bJoinableQueue\b|\bfreeze_support\(",
        "multiprocessing",
    ),
    (r"\basyncio\.", "asyncio"),
    (r"\bBaseManager\b", "distributed"),
    (r"\bfaulthandler\b|\bQueueHandler\b|\bQueueListener\b", "debugging"),
    (r"\bfrom distributed import\b|\bdask\b", "beyond"),
]
REFERENCE = {"index", "cheatsheet", "glossary"}


def nav_order() -> list[str]:
    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader)
    return [next(iter(item.values())).removesuffix(".md") for item in config["nav"]]


ORDER = nav_order()
CHAPTERS = {
    p.path for p in pages_or_errors()[0] if p.path.name.split(".")[0] not in REFERENCE
}


def first_uses(page) -> dict[str, tuple[int, str]]:
    """{home chapter: (line, what matched)} for tools this page's code uses, first use each."""
    found = {}
    for fence in page.fences:
        if fence.lang not in ("python", "bash"):
            continue
        for pattern, home in TAUGHT:
            m = re.search(pattern, fence.code)
            if m and home not in found:
                found[home] = (fence.line, m.group(0))
    return found


def test_every_chapter_is_in_the_nav():
    missing = sorted({p.name.split(".")[0] for p in CHAPTERS} - set(ORDER))
    assert not missing, f"mkdocs.yml: nav has no entry for {missing}"


@pytest.mark.parametrize("path", sorted(CHAPTERS), ids=rel)
def test_chapter_uses_only_what_came_before_or_links_it(path):
    page = next(p for p in pages_or_errors()[0] if p.path == path)
    name = path.name.split(".")[0]
    text = path.read_text(encoding="utf-8")
    late = []
    for home, (line, used) in first_uses(page).items():
        if home == name or not (DOCS / f"{home}.{page.lang}.md").exists():
            continue
        if ORDER.index(home) > ORDER.index(name) and not re.search(
            rf"\]\({home}\.md\b", text
        ):
            late.append(
                f"{rel(path)}:{line}: uses {used!r}, which the {home} chapter teaches after this "
                f"one; teach it briefly here and link it ([...]({home}.md#...)), or move it"
            )
    if late:
        pytest.fail("\n".join(late), pytrace=False)
