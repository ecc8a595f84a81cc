# requires: Python 3.14+
import re
import subprocess
import sys

TARGET = """
import asyncio, ctypes
# Yama's ptrace_scope 1 (Ubuntu) lets only ancestors attach: allow any
ctypes.CDLL(None).prctl(0x59616D61, ctypes.c_ulong(-1), 0, 0, 0)

async def download(name):
    await asyncio.sleep(10)

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(download("a"), name="download-a")
        tg.create_task(download("b"), name="download-b")
        print("ready", flush=True)

asyncio.run(main())
"""

if __name__ == "__main__":
    target = subprocess.Popen(
        [sys.executable, "-c", TARGET], stdout=subprocess.PIPE, text=True
    )
    try:
        target.stdout.readline()  # "ready": its tasks are waiting
        tool = subprocess.run(
            [sys.executable, "-m", "asyncio", "pstree", str(target.pid)],
            capture_output=True,
            text=True,
            timeout=20,
        )
        print("exit code", tool.returncode)
        print(tool.stderr, end="")  # empty when it could attach
        for line in tool.stdout.splitlines():
            if line.strip():
                print(re.sub(r" \S+:\d+$", "", line))  # drop file:line
    finally:
        target.kill()
        target.wait(timeout=5)
