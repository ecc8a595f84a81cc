"""Chinese pages read as Chinese: copywriting lint, no stray line breaks, one term per concept.

* autocorrect-py (the Python binding of the autocorrect CJK copywriting linter) must find
  nothing: full-width punctuation in Chinese sentences, a space between CJK and Latin/digits.
* Corner quotation marks 「」『』 are a finding: Chinese quotes are “” and ‘’ (as
  docs.python.org/zh-cn and GB/T 15834 have them).
* Half-width ``, : ; ( ) "`` touching a Chinese character is a finding too (autocorrect leaves
  some of them), outside code spans, code blocks, links and HTML.
* No line break inside a Chinese paragraph: Chromium renders it as a space.
* The retired variants of the glossary's terms do not appear in Chinese prose, nor in the text
  of the Chinese diagrams: among them 处理器 for a handler (信号处理程序, 处理程序), 低级 for
  low-level (底层), and the English interface strings (“Permanent link”) a page or diagram could
  carry.
* An API name used as a word of a Chinese sentence is code: “再 `join()`”, not “再 join”.
"""

import re

import autocorrect_py
import pytest

from harness.paths import ROOT, page_paths

ZH_PAGES = [p for p in page_paths() if p.name.endswith(".zh.md")]
CJK = r"\u4e00-\u9fff"
CORNER_QUOTES = re.compile(
    r"[「」『』]"
)  # docs.python.org/zh-cn and GB/T 15834 use “” and ‘’
HALF_WIDTH = re.compile(rf"[{CJK}][,:;(\"]|[,;)\"][{CJK}]|[{CJK}]\)|\([{CJK}]")
SPACE_BETWEEN_HAN = re.compile(rf"[{CJK}] +[{CJK}]")  # link brackets removed first
# (retired variant, the term the site uses); see docs/glossary.zh.md
RETIRED = [
    (r"丢失更新", "更新丢失"),
    (r"启动方式", "启动方法"),
    (r"竞态条件", "竞争条件"),
    (r"线程局部", "线程本地数据"),
    (r"自由线程版|无 ?GIL 版|自由线程构建(?!版)", "自由线程构建版"),
    (r"可重入锁|递归锁", "重入锁"),
    (r"服务器进程|服务端进程", "服务进程"),
    (r"期物|期程", "Future 对象"),
    (r"资源追踪器", "资源跟踪器"),
    (r"馈送线程|后台喂数据线程", "写入线程"),
    (r"信号处理器", "信号处理程序"),
    # a handler is 处理程序 (signal, logging, exception handler), as in the zh-cn docs'
    # signal and logging.handlers pages; 处理器 would be a CPU, which the site calls CPU
    (r"处理器", "信号处理程序 / 处理程序（日志） / 异常处理程序（CPU 写作 CPU）"),
    (r"低级", "底层"),
    (r"抛出|抛异常", "引发（zh-cn 文档的说法：引发异常、重新引发）"),
    # pickle is 封存 / 解封 in the zh-cn docs; 序列化 stays for serialization in general
    (
        r"pickle ?(?:反)?序列化|(?:反)?序列化 ?pickle",
        "封存 / 解封（指 pickle 时，zh-cn 文档的说法）",
    ),
    (
        r"Permanent link|Switch to (?:dark|light) mode",
        "the Chinese interface string (永久链接, 切换到深色模式, 切换到浅色模式)",
    ),
    # a bare English noun inside a Chinese sentence (English glosses in tables are fine)
    (
        rf"(?:(?<=[{CJK}])|(?<=[{CJK}] ))[Ww]orkers?\b|\b[Ww]orkers?(?= ?[{CJK}])",
        "工作进程 / 工作线程",
    ),
    (
        rf"(?:(?<=[{CJK}])|(?<=[{CJK}] ))[Mm]aster\b|\b[Mm]aster(?= ?[{CJK}])",
        "主控进程",
    ),
]


# A method name used as a verb or noun in a Chinese sentence: code font, with its parentheses.
API_WORDS = (
    "join|unlink|terminate|kill|submit|shutdown|map|start|close|acquire|release|cancel"
    "|notify|notify_all|put|get|wait|set|clear|register|flush|send|recv"
)
BARE_API_WORD = re.compile(
    rf"(?:(?<=[{CJK}，、：；（\[])|(?<=[{CJK}] ))\b(?:{API_WORDS})\b(?![\w(])"
    rf"|\b(?<![\w.`-])(?:{API_WORDS})(?= ?[{CJK}，、。：；）\]])"
)
DIAGRAMS = sorted((ROOT / "docs" / "assets" / "diagrams").glob("*.zh.svg"))


def rel(path):
    return path.relative_to(ROOT).as_posix()


def prose_lines(path):
    """(line number, text) of prose: code blocks, HTML blocks, code spans, links' targets and
    raw HTML removed; block markers (headings, lists, admonitions, tables) kept."""
    in_fence = in_html = False
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        stripped = line.strip()
        if stripped.startswith("```"):
            in_fence = not in_fence
            continue
        if in_fence or stripped.startswith(("--8<--", "<!--")):
            continue
        if stripped.startswith(("<figure", "<svg", "<div", "<table")):
            in_html = True
        if in_html:
            in_html = not stripped.startswith(("</figure", "</svg", "</div", "</table"))
            continue
        text = re.sub(r"`[^`]*`", "`…`", line)  # code spans
        text = re.sub(r"\]\([^)]*\)", "]", text)  # link targets
        text = re.sub(r"<[^>]+>", "", text)  # inline HTML
        text = re.sub(r"\{[^}]*#[\w-]+[^}]*\}", "", text)  # heading anchors, attributes
        # block markers: `!!! tip "title"` (the quotes are syntax), `/// solution | title`
        text = re.sub(
            r'^(\s*)(!!!|\?\?\?\+?)\s+[\w-]+(?:\s+"(.*)")?\s*$', r"\1\3", text
        )
        text = re.sub(r"^(\s*)///\s*[\w-]*\s*\|?\s*", r"\1", text)
        yield number, text


@pytest.mark.parametrize("path", ZH_PAGES, ids=rel)
def test_copywriting_lint(path):
    text = path.read_text(encoding="utf-8")
    findings = [
        f"{rel(path)}:{r.line}:{r.col}: {r.old!r} -> {r.new!r}"
        for r in autocorrect_py.lint_for(text, path.name).lines
    ]
    for number, line in prose_lines(path):
        for m in CORNER_QUOTES.finditer(line):
            findings.append(
                f"{rel(path)}:{number}: corner quotation mark {m.group(0)!r}: "
                f"...{line[max(0, m.start() - 12) : m.end() + 12]}... (use “” and ‘’)"
            )
        for m in SPACE_BETWEEN_HAN.finditer(line.replace("[", "").replace("]", "")):
            findings.append(
                f"{rel(path)}:{number}: a space between two Chinese characters: "
                f"...{m.group(0)}... (the page shows it; remove it)"
            )
        for m in HALF_WIDTH.finditer(line):
            findings.append(
                f"{rel(path)}:{number}: half-width punctuation in Chinese text: "
                f"...{line[max(0, m.start() - 12) : m.end() + 12]}... (use ，：；（）“”)"
            )
    assert not findings, (
        "Chinese copywriting (autocorrect-py and half-width punctuation):\n  "
        + ("\n  ".join(findings[:40]))
        + (f"\n  ... and {len(findings) - 40} more" if len(findings) > 40 else "")
    )


BLOCK_START = re.compile(r"^\s*([-*+] |\d+\. |#|\||!!!|\?\?\?|///|<|```|--8<--|$)")


@pytest.mark.parametrize("path", ZH_PAGES, ids=rel)
def test_no_line_break_inside_a_chinese_paragraph(path):
    lines = path.read_text(encoding="utf-8").split("\n")
    breaks, in_fence = [], False
    for number, (line, following) in enumerate(zip(lines, lines[1:]), 1):
        if line.lstrip().startswith("```"):
            in_fence = not in_fence
        if (
            in_fence
            or BLOCK_START.match(following)
            or BLOCK_START.match(line)
            or not line.strip()
        ):
            continue
        if re.search(rf"[{CJK}，。：；！？、）」”]$", line.rstrip()) and re.match(
            rf"\s*[{CJK}（「“]", following
        ):
            breaks.append(f"{rel(path)}:{number + 1}: {following.strip()[:30]}...")
    assert not breaks, (
        "a line break inside a Chinese paragraph shows as a space in Chromium; "
        "join these lines to the line above:\n  " + "\n  ".join(breaks)
    )


def diagram_text(path):
    """(line number, text) of a diagram's words: its title, description and labels."""
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        text = re.sub(r"<[^>]+>", " ", line).strip()
        if text:
            yield number, text


@pytest.mark.parametrize("path", ZH_PAGES + DIAGRAMS, ids=rel)
def test_one_term_per_concept(path):
    found = []
    lines = diagram_text(path) if path.suffix == ".svg" else prose_lines(path)
    for number, line in lines:
        for variant, term in RETIRED:
            for m in re.finditer(variant, line):
                found.append(f"{rel(path)}:{number}: {m.group(0)!r}: write {term}")
        if path.suffix != ".svg":
            for m in BARE_API_WORD.finditer(line):
                found.append(
                    f"{rel(path)}:{number}: bare {m.group(0)!r} in a Chinese sentence: "
                    f"...{line[max(0, m.start() - 12) : m.end() + 12]}... write it as code, "
                    f"`{m.group(0)}()`"
                )
    assert not found, (
        "retired terms in Chinese prose (see docs/glossary.zh.md):\n  "
        + "\n  ".join(found)
    )
