"""Build time, page weight and search index size of the built site (``./dev report``).

Builds the site with ``properdocs build --strict`` (timed), serves it on 127.0.0.1 the way a static
host does (gzip for text) and opens every chapter in both languages in a fresh headless Chromium
context: the bytes and requests of that first load, against the budgets that
tests/test_browser.py asserts. Then the size of the one search index both languages share, and
of the learner's kit (``kit/``: check.pyz and the exercise zips).
"""

from __future__ import annotations

import gzip
import json
import os
import re
import sys
import tempfile
import time
from pathlib import Path

from harness import browser as sb
from harness.build import build_site

CHAPTERS = [path for _, path in sb.site_urls() if path not in ("/", "/en/")]
DETAILED = "/threads/"  # the chapter whose files are listed one by one


def kb(n: int) -> str:
    return f"{n / 1000:,.1f} KB"


def report_build(site: Path) -> None:
    started = time.monotonic()
    result = build_site(site)
    seconds = time.monotonic() - started
    if result.returncode != 0:
        sys.exit(f"properdocs build --strict failed:\n{result.stderr}{result.stdout}")
    inner = re.findall(
        r"Documentation built in ([\d.]+) seconds", result.stderr + result.stdout
    )
    print("Build (properdocs build --strict, both languages)")
    print(
        f"  wall clock            {seconds:.2f} s (a new process: Python, plugins, jieba)"
    )
    if inner:
        print(f"  as mkdocs reports it  {' + '.join(inner)} s")
    files = [p for p in site.rglob("*") if p.is_file()]
    print(
        f"  site                  {len(files)} files, {kb(sum(p.stat().st_size for p in files))}"
    )


def report_first_load(site: Path) -> bool:
    from playwright.sync_api import sync_playwright

    ok = True
    print(
        f"\nFirst load of a chapter (empty cache, budget {kb(sb.BUDGET_BYTES)} in "
        f"{sb.BUDGET_REQUESTS} requests, transferred)"
    )
    with sb.serve(site) as base, sync_playwright() as playwright:
        browser = sb.launch(playwright)
        tab = sb.FirstVisitTab(browser)
        try:
            for path in CHAPTERS:
                load = tab.load(base + path)
                within = (
                    load.transferred <= sb.BUDGET_BYTES
                    and load.requests <= sb.BUDGET_REQUESTS
                    and not load.traffic.external
                )
                ok &= within
                print(
                    f"  {path:<18} {load.requests} requests, {kb(load.transferred)} transferred "
                    f"({kb(load.decoded)} uncompressed), "
                    f"{'within budget' if within else 'OVER BUDGET'}"
                )
                for url, sent, size in sorted(load.resources, key=lambda r: -r[2]):
                    if path == DETAILED:
                        print(
                            f"      {kb(sent):>10} {kb(size):>10}  {url.removeprefix(base)}"
                        )
                for problem in load.traffic.problems():
                    print(f"      ! {problem}")
                    ok = False
        finally:
            browser.close()
    return ok


def report_search_index(site: Path) -> None:
    path = site / "search" / "search_index.json"
    raw = path.read_bytes()
    docs = json.loads(raw)["docs"]
    print("\nSearch index (search/search_index.json, one file for both languages)")
    for lang, entries in (
        ("zh", [d for d in docs if not d["location"].startswith("en/")]),
        ("en", [d for d in docs if d["location"].startswith("en/")]),
    ):
        encoded = [
            json.dumps(d, separators=(",", ":")).encode() for d in entries
        ]  # as in the file
        size, packed = sum(map(len, encoded)), len(gzip.compress(b",".join(encoded), 6))
        print(
            f"  {lang} entries    {len(entries):>4}  {kb(size):>10}, gzip {kb(packed)}"
        )
    print(
        f"  whole file          {kb(len(raw)):>10}, gzip {kb(len(gzip.compress(raw, 6)))}"
    )
    print(
        "  (the file escapes non-ASCII: a Chinese character takes 6 bytes, and so does each"
    )
    print("   zero-width space jieba puts between words; gzip takes most of that back)")


def report_kit(site: Path) -> None:
    """The learner's kit the build wrote (tools/kit.py): check.pyz and the zips."""
    folder = site / "kit"
    print("\nLearner's kit (kit/, built with the site by overrides/hooks.py)")
    files = sorted(folder.glob("*")) if folder.is_dir() else []
    if not files:
        print("  missing: the build wrote no kit/")
        return
    for path in files:
        print(f"  {path.name:<46} {kb(path.stat().st_size):>10}")
    print(f"  {len(files)} files, {kb(sum(p.stat().st_size for p in files))} in all")


def report_lighthouse() -> None:
    """The scores the last ``./dev audit`` recorded (tests/test_audit.py)."""
    from harness.audit import RESULTS
    from harness.paths import ROOT

    print(
        "\nLighthouse (the last ./dev audit; mobile with the CPU slowdown calibrated to the host)"
    )
    if not RESULTS.exists():
        print(f"  no results yet: ./dev audit writes {RESULTS.relative_to(ROOT)}")
        return
    for key, r in sorted(json.loads(RESULTS.read_text()).items()):
        scores = ", ".join(f"{k} {v}" for k, v in sorted(r["scores"].items()))
        host = f"benchmarkIndex {r.get('benchmark_index', 0):.0f}, CPU x{r.get('cpu_slowdown', 0):.2f}"
        tbt = r["metrics"].get("total-blocking-time", "")
        print(
            f"  {key:<28} {scores}; blocking {tbt}; {host}; {r.get('runs', 1)} run(s)"
        )


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="site-report-") as tmp:
        site = Path(tmp) / "site"
        report_build(site)
        if sb.chromium_path() is None:
            print(f"\nFirst load: skipped: {sb.chromium_path.message}")
            ok = os.environ.get("CI") != "true"
        else:
            ok = report_first_load(site)
        report_search_index(site)
        report_kit(site)
    report_lighthouse()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
