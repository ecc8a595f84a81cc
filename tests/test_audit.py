"""Third-party audits of the built site, run by ``./dev audit`` and by CI (not by ``./dev test``:
they take minutes). The Nu HTML checker finds no error on any page; Lighthouse, served gzipped as
GitHub Pages serves it, scores every chapter in both languages within the budgets: mobile
performance 90 and accessibility 100, desktop performance 98. One test worker runs them one
after another: Lighthouse's scores suffer when the machine is busy."""

import json

import pytest

from harness import audit
from harness.browser import serve, site_urls

pytestmark = [pytest.mark.audit, pytest.mark.xdist_group("audit")]
RETRIES = 4  # runs after a first one that misses the budget: a median of 5
CHAPTERS = [(lang, path) for lang, path in site_urls() if path not in ("/", "/en/")]


@pytest.fixture(scope="module", autouse=True)
def tools():
    problem = audit.missing_tools()
    if problem:
        pytest.fail(problem, pytrace=False)


@pytest.fixture(scope="module")
def site(site_build):
    if site_build.returncode != 0:
        pytest.fail(
            f"properdocs build --strict failed:\n{site_build.output}", pytrace=False
        )
    return site_build.site


@pytest.fixture(scope="module")
def base_url(site):
    with serve(site) as url:
        yield url


def test_every_page_is_valid_html(site):
    pages = sorted(site.rglob("*.html"))
    errors = audit.nu_errors(pages, site)
    assert not errors, f"the Nu HTML checker, on {len(pages)} pages:\n  " + "\n  ".join(
        errors
    )


def record(key, result):
    audit.RESULTS.parent.mkdir(exist_ok=True)
    data = json.loads(audit.RESULTS.read_text()) if audit.RESULTS.exists() else {}
    data[key] = result
    audit.RESULTS.write_text(json.dumps(data, indent=1, sort_keys=True))


def low_scores(result, form) -> dict:
    """Categories below budget, and any failed accessibility audit: some weigh nothing in
    Lighthouse's score (td-has-header once failed on a page that scored 100)."""
    low = {
        category: f"{result['scores'].get(category)} < {least}"
        for category, least in audit.BUDGETS[form].items()
        if result["scores"].get(category, 0) < least
    }
    if result["accessibility_failures"]:
        low["accessibility audits"] = result["accessibility_failures"]
    return low


@pytest.mark.parametrize("form", ["mobile", "desktop"])
@pytest.mark.parametrize(("lang", "path"), CHAPTERS)
def test_lighthouse_budget(base_url, lang, path, form):
    """Mobile runs with the CPU slowdown calibrated to the host (harness.audit.cpu_slowdown).
    A page within budget on its first run passes. One that misses it is run four times more and
    judged by the median of the five runs, as Lighthouse's docs/variability.md advises ("the
    median Lighthouse score of 5 runs is twice as stable as 1 run"): a single run's layout
    shift or timing can be an outlier (seen once: CLS 0.161 on a page that measured 0.001 in 8
    runs after)."""
    runs = [audit.lighthouse(base_url + path, form)]
    if low_scores(runs[0], form):
        runs += [audit.lighthouse(base_url + path, form) for _ in range(RETRIES)]
    runs.sort(key=lambda r: r["scores"].get("performance", 0))
    result = runs[len(runs) // 2]
    record(f"{path} {form}", {**result, "runs": len(runs)})
    low = low_scores(result, form)
    assert not low, (
        f"Lighthouse {form} on {path} (median of {len(runs)} runs): {low}; "
        f"metrics {result['metrics']}, "
        f"{result['dom']:.0f} DOM elements, {result['bytes'] / 1000:.0f} KB; "
        f"host benchmarkIndex {result['benchmark_index']:.0f}, "
        f"CPU slowdown {result['cpu_slowdown']:.2f}x"
    )
