"""What a reader's browser shows on one loaded page, read in the page itself: accessibility
(axe-core, light and dark), stray gaps in Chinese text, the code palette's contrast, and how the
page reads on a 390 px phone (diagram labels, the header's title, output blocks)."""

from __future__ import annotations

import re

PHONE = {"width": 390, "height": 844}  # an iPhone 12-15 sized viewport, in CSS pixels
SCHEMES = {"light": "default", "dark": "slate"}  # Material's data-md-color-scheme
SERIOUS = ("serious", "critical")
COLOUR_RULES = ["color-contrast", "link-in-text-block"]
CODE_LINES = (
    ".highlight code > span"  # the tokens; the code block and its buttons stay in
)
GAP = r"[\u4e00-\u9fff] [\u4e00-\u9fff]|[，。：；！？、）」』”] "
MIN_LABEL_PX = 11


def switch_scheme(page, scheme: str) -> None:
    """Switch the colour scheme with the header's toggle, as a reader does."""
    body = page.locator("body")
    if body.get_attribute("data-md-color-scheme") != SCHEMES[scheme]:
        page.locator("form[data-palette] label:not([hidden])").click()
        page.locator(f"body[data-md-color-scheme={SCHEMES[scheme]}]").wait_for()
    # Material turns transitions off while it switches colours; wait until it is done.
    page.wait_for_function(
        "() => !document.body.hasAttribute('data-md-color-switching')"
    )


def axe_violations(page, scheme: str) -> list[str]:
    """Serious and critical axe-core findings; dark mode changes only colours, so there only the
    colour rules run. Code tokens are left to ``code_colour_ratios`` (one palette, checked in
    full; thousands of tokens were most of axe's time)."""
    from axe_playwright_python.sync_playwright import Axe

    options = {"resultTypes": ["violations"]}
    if scheme == "dark":
        options["runOnly"] = {"type": "rule", "values": COLOUR_RULES}
    found = Axe().run(page, context={"exclude": [[CODE_LINES]]}, options=options)
    return [
        f"{v['impact']}: {v['id']} ({v['help']}) at "
        + "; ".join(" ".join(node["target"]) for node in v["nodes"][:3])
        + (f" and {len(v['nodes']) - 3} more" if len(v["nodes"]) > 3 else "")
        for v in found.response["violations"]
        if v["impact"] in SERIOUS
    ]


def chinese_gaps(page) -> list[str]:
    """Places where Chromium shows a line break inside Chinese text as a space."""
    texts = page.evaluate(
        """() => [...document.querySelectorAll('article p, article li, article td')].map(el => {
            const copy = el.cloneNode(true);
            // a code span stands for a word: it keeps the spaces around it
            copy.querySelectorAll('code, pre, svg, .md-clipboard').forEach(c => c.replaceWith('X'));
            return copy.innerText;
        })"""
    )
    gaps = []
    for text in texts:
        for m in re.finditer(GAP, text):
            gaps.append(
                f"...{text[max(0, m.start() - 15) : m.end() + 15]}...".replace(
                    "\n", " "
                )
            )
    return gaps


TOKENS = (
    "number special function constant keyword string name operator punctuation comment"
)
CODE_COLOURS = ["--md-code-fg-color"] + [
    f"--md-code-hl-{name}-color" for name in [*TOKENS.split(), "generic", "variable"]
]


def code_colour_ratios(page) -> dict[str, float]:
    """Every colour of the code palette against the code background (WCAG contrast ratio)."""
    return page.evaluate(
        """names => {
            const probe = document.createElement("span");
            document.querySelector("article").append(probe);
            const colour = value => {
                probe.style.color = value;
                const [r, g, b, a = 1] = getComputedStyle(probe).color.match(/[\\d.]+/g).map(Number);
                return [r, g, b, a];
            };
            const over = ([r, g, b, a], [R, G, B]) =>
                [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a)];
            const bg = over(colour("var(--md-code-bg-color)"), colour("var(--md-default-bg-color)"));
            const lum = rgb => {
                const [r, g, b] = rgb.map(c => {
                    c /= 255;
                    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
                });
                return 0.2126 * r + 0.7152 * g + 0.0722 * b;
            };
            const ratio = (x, y) => {
                const [hi, lo] = [lum(x), lum(y)].sort((a, b) => b - a);
                return (hi + 0.05) / (lo + 0.05);
            };
            const ratios = names.map(n => [n, ratio(over(colour(`var(${n})`), bg), bg)]);
            probe.remove();
            return Object.fromEntries(ratios);
        }""",
        CODE_COLOURS,
    )


def phone_report(page) -> dict:
    """At the phone's width: each diagram label's rendered size in CSS pixels, whether the
    header's site name is cut short, and the output blocks that still scroll sideways."""
    return page.evaluate(
        """() => {
            const labels = [...document.querySelectorAll("article figure.diagram svg text")]
              .filter(t => t.textContent.trim())
              .map(t => {
                const m = t.getScreenCTM();
                const px = parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b);
                const figure = t.closest("svg").querySelector("title");
                return [figure ? figure.textContent : "?", t.textContent.trim(), px];
              });
            const topic = document.querySelector(".md-header__topic");
            const shown = [...topic.querySelectorAll(".md-ellipsis")]
              .filter(s => getComputedStyle(s).display !== "none");
            const title = shown.map(s => [s.textContent.trim(), s.scrollWidth, s.clientWidth]);
            const outputs = [...document.querySelectorAll("article .output pre > code")]
              .filter(c => c.clientWidth && c.scrollWidth > c.clientWidth + 1)
              .map(c => c.textContent.split("\\n")[0].slice(0, 60));
            return {labels, title, outputs};
        }"""
    )


def phone_problems(report: dict) -> list[str]:
    found = [
        f"diagram {figure!r}: label {text!r} renders at {px:.1f} px (at least {MIN_LABEL_PX})"
        for figure, text, px in report["labels"]
        if px < MIN_LABEL_PX - 0.05
    ]
    found += [
        f"the header's title {text!r} is cut short ({scroll} px of text in {client} px)"
        for text, scroll, client in report["title"]
        if scroll > client + 1
    ]
    found += [
        f"an output block scrolls sideways: {first!r}..." for first in report["outputs"]
    ]
    return found
