import os
import pathlib
import subprocess
import sys
import tempfile

PROGRAM = """\
import asyncio

async def send_email(to):
    await asyncio.sleep(0.01)
    raise ConnectionError(f"mail server refused {to}")

async def main():
    asyncio.create_task(send_email("bob@example.com"))  # fire and forget
    await asyncio.sleep(0.1)
    print("main: order placed, all done")

asyncio.run(main())
"""

if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        pathlib.Path(folder, "shop.py").write_text(PROGRAM)
        run = subprocess.run(
            [sys.executable, "shop.py"],
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
