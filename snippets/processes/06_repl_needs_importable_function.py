import subprocess
import sys
import tempfile
from pathlib import Path

# Typed into an interactive interpreter: square() lives in the REPL's __main__.
IN_THE_REPL = """\
import multiprocessing
def square(x):
    return x * x

context = multiprocessing.get_context("spawn")
child = context.Process(target=square, args=(7,))
child.start(); child.join(timeout=10)
print("child exit code:", child.exitcode)
"""

# The fix: the function comes from a module the child can import.
SQUARE_MODULE = """\
def square(x):
    return x * x
"""
FROM_A_MODULE = """\
import multiprocessing
from square_module import square

context = multiprocessing.get_context("spawn")
with context.Pool(1) as pool:
    print("square(7) in a spawned child:", pool.apply(square, (7,)))

"""


def repl(code, folder):
    """Feed code to `python -i` (an interactive interpreter) started in
    folder."""
    return subprocess.run(
        [sys.executable, "-i", "-q"],
        input=code,
        capture_output=True,
        text=True,
        cwd=folder,
        timeout=30,
    )


def last_error(run):
    return [line for line in run.stderr.splitlines() if "Error" in line][-1]


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        broken = repl(IN_THE_REPL, folder)
        print(broken.stdout, end="")
        print(last_error(broken))
        Path(folder, "square_module.py").write_text(
            SQUARE_MODULE, encoding="utf-8"
        )
        fixed = repl(FROM_A_MODULE, folder)
        if fixed.stdout:
            print(fixed.stdout, end="")
        else:  # square_module.py was not found, or the child failed
            print(last_error(fixed))
