import os
import pathlib
import subprocess
import sys
import tempfile

# The mistake, run as its own program so
# that we can show what it writes to stderr.
PROGRAM = """\
import asyncio

saved = []

async def save(record):
    await asyncio.sleep(0.01)
    saved.append(record)

async def main():
    save("order 17")  # the missing await
    await asyncio.sleep(0.05)
    print("saved:", saved)

asyncio.run(main())
"""

if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        pathlib.Path(folder, "orders.py").write_text(PROGRAM)
        run = subprocess.run(
            [sys.executable, "orders.py"],
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
