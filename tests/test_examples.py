"""Run every code block a reader sees and compare what it prints with the page."""

import pytest
from docs_harness import (
    EXAMPLE_TIMEOUT,
    PageError,
    load_page,
    output_diff,
    page_paths,
    replace_output,
    run_fence,
)


def collect_examples() -> dict[str, list]:
    """Runnable blocks, one entry per distinct block: twins share their examples."""
    examples: dict[tuple, list] = {}
    for path in page_paths():
        try:
            page = load_page(path)
        except PageError:
            continue  # reported by test_pages.py::test_page_follows_conventions
        for fence in page.fences:
            if fence.runs:
                examples.setdefault(fence.twin_key, []).append(fence)
    ids = {}
    for fences in examples.values():
        first = fences[0]
        name = first.snippets[0] if first.snippets else f"{first.page.name}:{first.line}"
        ids[name if name not in ids else f"{name}@{first.where}"] = fences
    return ids


EXAMPLES = collect_examples()


@pytest.mark.parametrize("name", EXAMPLES)
def test_example(name, request):
    fences = EXAMPLES[name]
    fence = fences[0]
    where = " and ".join(f.where for f in fences)
    source = f" ({', '.join(fence.snippets)})" if fence.snippets else ""
    run = run_fence(fence)
    context = f"{where}{source}"
    if run.returncode is None:
        pytest.fail(
            f"{context}: still running after {EXAMPLE_TIMEOUT} s, killed with its child processes.\n"
            f"stdout so far:\n{run.stdout}\nstderr so far:\n{run.stderr}",
            pytrace=False,
        )
    if run.returncode != 0 or run.stderr:
        pytest.fail(
            f"{context}: exited with {run.returncode} and wrote to stderr:\n{run.stderr}\nstdout:\n{run.stdout}",
            pytrace=False,
        )
    if run.leftovers:
        pytest.fail(f"{context}: left processes running: {run.leftovers}", pytrace=False)
    if request.config.getoption("update_outputs"):
        for f in fences:
            current = load_page(f.page).fences[f.index]
            if current.output is None and not run.stdout.strip():
                continue
            if current.output is None or output_diff(current.output, run.stdout):
                replace_output(current, run.stdout)
        return
    if fence.output is None:
        if run.stdout.strip():
            pytest.fail(
                f"{context}: prints output but the page shows none; add an output block "
                f"(`./dev update-outputs` writes it from a real run):\n{run.stdout}",
                pytrace=False,
            )
        return
    diff = output_diff(fence.output, run.stdout)
    if diff:
        shown = " and ".join(f.output.where for f in fences)
        pytest.fail(
            f"{shown}: the output shown for {where}{source} is not what it printed "
            f"(`./dev update-outputs` rewrites it from a real run):\n{diff}",
            pytrace=False,
        )
