import subprocess
import sys

FORGETS = """
from multiprocessing.shared_memory import SharedMemory
block = SharedMemory(create=True, size=1024)
print(block.name)
block.close()  # closed here, but nobody calls unlink()
"""

CLEANS_UP = """
from multiprocessing.shared_memory import SharedMemory
block = SharedMemory(create=True, size=1024)
print(block.name)
try:
    pass  # use block.buf
finally:
    block.close()
    block.unlink()  # once, by the process that created it
"""

if __name__ == "__main__":
    for title, code in [
        ("forgets unlink()", FORGETS),
        ("calls unlink()", CLEANS_UP),
    ]:
        run = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            timeout=20,
        )
        name = run.stdout.strip()
        warnings = [
            line[line.index("UserWarning") :].replace(name, "<name>")
            for line in run.stderr.splitlines()
            if "UserWarning" in line
        ]
        print(f"{title}: {warnings or 'no warning'}")
