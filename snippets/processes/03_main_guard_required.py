import subprocess
import sys
import tempfile
from pathlib import Path

UNGUARDED = """\
import multiprocessing


def work():
    print("work() ran")


print(f"top-level code runs, __name__ = {__name__!r}")
context = multiprocessing.get_context("spawn")
child = context.Process(target=work)
child.start()
child.join()
print(f"child exit code: {child.exitcode}")
"""


def error_summary(stderr):
    lines = stderr.splitlines()
    start = next(
        i for i, line in enumerate(lines) if line.startswith("RuntimeError")
    )
    message = " ".join(line.strip() for line in lines[start + 1 : start + 3])
    return f"RuntimeError: {message}"


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        script = Path(folder, "unguarded.py")
        script.write_text(UNGUARDED)
        result = subprocess.run(
            [sys.executable, "-u", str(script)],
            capture_output=True,
            text=True,
            timeout=20,
        )
    print(result.stdout, end="")
    print(error_summary(result.stderr))
