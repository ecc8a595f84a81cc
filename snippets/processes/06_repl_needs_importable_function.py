import subprocess
import sys
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
FROM_A_MODULE = """\
import multiprocessing
from square_module import square

context = multiprocessing.get_context("spawn")
with context.Pool(1) as pool:
    print("square(7) in a spawned child:", pool.apply(square, (7,)))

"""


def repl(code):
    """Feed code to `python -i` (an interactive interpreter) and return its output."""
    return subprocess.run(
        [sys.executable, "-i", "-q"],
        input=code,
        capture_output=True,
        text=True,
        cwd=Path(__file__).parent,  # where square_module.py is
        timeout=30,
    )


if __name__ == "__main__":
    broken = repl(IN_THE_REPL)
    print(broken.stdout, end="")
    errors = [line for line in broken.stderr.splitlines() if "Error" in line]
    print(errors[-1])
    fixed = repl(FROM_A_MODULE)
    print(fixed.stdout, end="")
