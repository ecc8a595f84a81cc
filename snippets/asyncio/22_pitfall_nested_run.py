import os
import pathlib
import subprocess
import sys
import tempfile

PROGRAM = """\
import asyncio

async def fetch_report():
    await asyncio.sleep(0.01)
    return "report"

def load_report():  # a helper written for synchronous callers
    return asyncio.run(fetch_report())

async def main():
    try:
        print(load_report())  # called from inside a running event loop
    except RuntimeError as exc:
        print("RuntimeError:", exc)
    print("awaited instead:", await fetch_report())

print("from synchronous code:", load_report())
asyncio.run(main())
"""

if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        pathlib.Path(folder, "report.py").write_text(PROGRAM)
        run = subprocess.run(
            [sys.executable, "report.py"],
            cwd=folder,
            capture_output=True,
            text=True,
            timeout=10,
        )
    # The temporary folder varies from run to run.
    stderr = run.stderr.replace(folder + os.sep, "")
    print(
        f"exit code {run.returncode}; stdout:\n{run.stdout}stderr:\n{stderr}",
        end="",
    )
