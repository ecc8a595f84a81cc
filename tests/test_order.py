"""The order of the chapters teaches: a chapter's code uses only tools taught in chapters before
it in the nav, or it links the chapter that teaches the tool (where it teaches it briefly).

TAUGHT is the table of where each tool is taught: a pattern found in code, and its home chapter.
Reference pages (home, cheat sheet, glossary) may use anything.

Within a chapter the order teaches too: SECTIONS is the table of the section (a heading's anchor)
of a chapter that teaches an API. A code block of that chapter above that heading may use the
API only if its own section (from its ``##`` heading to the next) links the teaching section
(``[...](#anchor)``, or a heading inside it), or marks the use as a brief preview with
``<!-- preview: #anchor -->``.
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
    (
        r"\basyncio\.(?:Queue|Semaphore|Event|Lock|Condition|Barrier)\("
        r"|\bto_thread\(|\brun_in_executor\(|\brun_coroutine_threadsafe\(",
        "asyncio-coordination",
    ),
    (r"\bconcurrent\.interpreters\b|\bInterpreterPoolExecutor\b", "gil"),
    (r"\bBaseManager\b", "distributed"),
    (r"\bfaulthandler\b|\bQueueHandler\b|\bQueueListener\b", "debugging"),
    (r"\bunittest\b|\bthreading\.settrace\(", "testing"),
    (r"\bfrom distributed import\b|\bdask\b", "beyond"),
]
REFERENCE = {"index", "cheatsheet", "glossary"}

SECTIONS = [  # (what the code says, chapter, anchor of the heading that teaches it)
    (r"\bProcessPoolExecutor\b|\bpool\.map\(", "processes", "measuring-the-gil"),
    (r"\bmp_context\b", "processes", "start-methods"),
    (r"\bget_running_loop\(", "asyncio", "get-event-loop"),
    (r"\basyncio\.Runner\(", "asyncio", "runner"),
    (r"\bcreate_task\(", "asyncio", "tasks"),
    (r"\bgather\(", "asyncio", "gather"),
    (r"\bTaskGroup\(", "asyncio", "taskgroup"),
    (r"\bexcept\*", "asyncio", "taskgroup"),
    (r"\bwait_for\(|\basyncio\.timeout\(", "asyncio", "timeouts"),
    (r"\.cancel\(\)", "asyncio", "cancellation"),
    (r"\basyncio\.Queue\(", "asyncio-coordination", "queue"),
    (
        r"\bopen_connection\(|\bstart_server\(|\.drain\(\)",
        "asyncio-coordination",
        "semaphore",
    ),
    (r"\basyncio\.Event\(", "asyncio-coordination", "event"),
    (r"\bto_thread\(|\brun_in_executor\(", "asyncio-coordination", "to-thread"),
    (r"\bcreate_subprocess_(?:exec|shell)\(", "asyncio-coordination", "subprocesses"),
    (
        r"\brun_coroutine_threadsafe\(",
        "asyncio-coordination",
        "run-coroutine-threadsafe",
    ),
    (r"\bas_completed\(", "executors", "as-completed"),
    (r"\bmax_tasks_per_child\b", "executors", "max-tasks-per-child"),
    (r"\bmp_context\b", "executors", "start-method"),
    (r"\bimap(?:_unordered)?\(", "multiprocessing", "imap"),
    (r"\bapply_async\(", "multiprocessing", "apply-async"),
    (r"\bshared_memory\b|\bShareableList\b", "multiprocessing", "shared-memory"),
    (r"\bManager\(\)", "multiprocessing", "managers"),
    (r"\bqueue\.Queue\(", "communication", "queue"),
    (r"\btask_done\(", "communication", "task-done"),
    (r"\bthreading\.Event\(", "communication", "event"),
    (r"\bCondition\(", "communication", "condition"),
    (r"\b(?:Bounded)?Semaphore\(", "communication", "semaphore"),
    (r"\bBarrier\(", "communication", "barrier"),
    (r"\bthreading\.settrace\(", "testing", "barrier-and-pause"),
    (r"\bsetswitchinterval\(", "testing", "switch-interval"),
    (r"\bthreading\.excepthook\b", "testing", "thread-exceptions"),
    (r"\bIsolatedAsyncioTestCase\b", "testing", "asyncio"),
    (r"\bactive_children\(", "testing", "multiprocessing"),
    (r"\bcreate_queue\(|\bcall_in_thread\(", "gil", "queues"),
    (r"\bInterpreterPoolExecutor\b", "gil", "compare"),
    (r"\bPy_GIL_DISABLED\b|\b_is_gil_enabled\(", "gil", "free-threading"),
]
HEADING = re.compile(r"^(#{2,6}) .*\{[^}]*#([\w-]+)[^}]*\}\s*$")


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


def headings(lines: list[str]) -> list[tuple[int, int, str]]:
    """(line, level, anchor) of the page's headings, outside code blocks."""
    found, in_fence = [], False
    for number, line in enumerate(lines, 1):
        if line.lstrip().startswith("```"):
            in_fence = not in_fence
        m = not in_fence and HEADING.match(line)
        if m:
            found.append((number, len(m.group(1)), m.group(2)))
    return found


def prose(lines: list[str], start: int, end: int) -> str:
    """Lines start..end-1 (1-based) without their code blocks."""
    kept, in_fence = [], False
    for line in lines[start - 1 : end - 1]:
        if line.lstrip().startswith("```"):
            in_fence = not in_fence
        elif not in_fence:
            kept.append(line)
    return "\n".join(kept)


def section_span(heads, line: int, level: int = 2) -> tuple[int, int]:
    """The first and the past-the-end line of the section of that level holding ``line``."""
    start = max((n for n, lv, _ in heads if lv <= level and n <= line), default=1)
    end = min((n for n, lv, _ in heads if lv <= level and n > line), default=10**9)
    return start, end


def section_of_anchor(heads, anchor: str) -> tuple[int, int, set[str]]:
    """The teaching section: its first and past-the-end line and the anchors inside it."""
    number, level = next((n, lv) for n, lv, a in heads if a == anchor)
    end = min((n for n, lv, _ in heads if lv <= level and n > number), default=10**9)
    inside = {a for n, _, a in heads if number <= n < end}
    return number, end, inside


@pytest.mark.parametrize(
    ("pattern", "chapter", "anchor"), SECTIONS, ids=lambda v: str(v)[:30]
)
def test_teaching_section_exists_and_teaches(pattern, chapter, anchor):
    """Each row of SECTIONS names a heading of its chapter, in each language, whose prose
    mentions the API: the table must not go stale."""
    for path in sorted(DOCS.glob(f"{chapter}.*.md")):
        lines = path.read_text(encoding="utf-8").split("\n")
        heads = headings(lines)
        if anchor not in {a for _, _, a in heads}:
            pytest.fail(
                f"{rel(path)}: tests/test_order.py SECTIONS names #{anchor}, which this page "
                "has no heading for",
                pytrace=False,
            )
        start, end, _ = section_of_anchor(heads, anchor)
        # prose names the API without its call: `pool.map(fetch, PAGES)`, `cancel()`
        named = re.sub(r"(?:^|(?<=\|))\\\.", r"\\b", re.sub(r"\\[()]", "", pattern))
        if not re.search(named, prose(lines, start, end)):
            pytest.fail(
                f"{rel(path)}:{start}: the section #{anchor} never names {named!r} in its "
                "prose, yet tests/test_order.py SECTIONS says it teaches it",
                pytrace=False,
            )


@pytest.mark.parametrize("path", sorted(CHAPTERS), ids=rel)
def test_chapter_uses_an_api_only_after_the_section_that_teaches_it(path):
    page = next(p for p in pages_or_errors()[0] if p.path == path)
    name = path.name.split(".")[0]
    lines = path.read_text(encoding="utf-8").split("\n")
    heads = headings(lines)
    early = []
    for pattern, chapter, anchor in SECTIONS:
        if chapter != name:
            continue
        taught, _, inside = section_of_anchor(heads, anchor)
        for fence in page.fences:
            m = fence.lang in ("python", "bash") and re.search(pattern, fence.code)
            if not m or fence.line >= taught:
                continue
            start, end = section_span(heads, fence.line)
            text = prose(lines, start, end)
            linked = any(
                re.search(rf"\]\((?:{name}\.md)?#{re.escape(a)}\)", text)
                for a in inside
            )
            preview = re.search(rf"<!-- preview: #{re.escape(anchor)} -->", text)
            if not (linked or preview):
                early.append(
                    f"{rel(path)}:{fence.line}: uses {m.group(0)!r}, which the section "
                    f"#{anchor} (line {taught}) teaches later; teach it briefly here and "
                    f"link it ([...](#{anchor})), move it, or mark the use as a brief "
                    f"preview (<!-- preview: #{anchor} -->)"
                )
                break  # the first use of each API is enough
    if early:
        pytest.fail("\n".join(early), pytrace=False)
