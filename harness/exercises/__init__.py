"""The reader's check of an exercise (``./dev check``): it runs the attempt several times under
a "shaker" and judges what the running program did, not only what it printed.

- ``conditions``: what a seed decides (switch interval, delays, slower calls, start method)
- ``spec``: an exercise's check, ``snippets/<chapter>/exercises/NN_name_check.py``: the calls to
  watch, the scenario it owns, and its properties, in both languages
- ``observe``: runs inside the attempt's process: installs the hooks, runs the reader's file,
  writes what it saw (stdlib only, Python 3.9+: it runs on every CPython of the matrix)
- ``hooks``: what ``observe`` installs (threads, stdout, sleeps, the shaker, queues, start
  methods, processes, watched functions); ``recorder``: where they write what they see
- ``judge``: runs the attempt once per seed and reports, in the reader's language
"""
