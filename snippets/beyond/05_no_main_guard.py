import subprocess
import sys
import tempfile
from pathlib import Path

# Fail here, not in the child, if Dask is missing.
import distributed  # noqa: F401

# A script that starts a LocalCluster at module level, unguarded.
UNGUARDED = """\
from distributed import Client, LocalCluster

cluster = LocalCluster(
    n_workers=1,
    threads_per_worker=1,
    processes=True,
    host="127.0.0.1",
    dashboard_address=None,
    scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
)
client = Client(cluster)
print(client.submit(pow, 2, 10).result())
"""

if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp, "unguarded.py")
        script.write_text(UNGUARDED)
        run = subprocess.run(
            [sys.executable, str(script)],
            capture_output=True,
            text=True,
            timeout=30,
        )
    print(f"exit code: {run.returncode}, printed: {run.stdout.strip()!r}")
    # The lines of the traceback that matter,
    # once each (parent and child both report).
    lines = {line.strip() for line in run.stderr.splitlines()}
    for line in sorted(lines):
        if line.startswith("RuntimeError: ") or line.startswith(
            "An attempt has been made"
        ):
            print(line)
