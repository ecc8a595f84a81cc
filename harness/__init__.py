"""The test harness: how a code block travels from a page to a checked run.

Each module is one step, readable on its own; parsing never runs anything, running never parses.

- ``paths``: where the pages and snippets are, a page's language and URL
- ``fences``: a fence's info string (language, markers, options) and per-version output tabs
- ``pages``: a page expanded as MkDocs does (pymdownx.snippets), split into fences and outputs
- ``outputs``: what a run printed against what the page shows; ``./dev update-outputs``
- ``pythons``: the CPythons of the matrix, and which of them runs a block
- ``run``: one block in a fresh process, with a timeout, killed as a tree
- ``verdicts``: one example on every Python, reported once (identical failures collapse)
- ``reuse``: a verdict kept while nothing it depends on changed (nothing from an earlier run under CI=true)
- ``build``: the site, built once per test run
- ``serve``, ``browser``, ``browser_choice``: the built site in headless Chromium
- ``exercises``: the reader's check, ``./dev check`` (the shaker and the properties)

The pytest glue is in ``tests/``; the commands ``./dev`` runs are in ``tools/``.
"""
