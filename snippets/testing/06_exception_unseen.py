import subprocess
import sys

TEST = """
import sys
import threading
import unittest


class ParseTest(unittest.TestCase):
    def test_parse(self):
        numbers = []
        worker = threading.Thread(
            target=lambda: numbers.append(int("seven")), name="Parser"
        )
        worker.start()
        worker.join(timeout=5)
        self.assertFalse(worker.is_alive())


unittest.main(testRunner=unittest.TextTestRunner(stream=sys.stdout))
"""

if __name__ == "__main__":
    run = subprocess.run(
        [sys.executable, "-c", TEST],
        capture_output=True,
        text=True,
        timeout=30,
    )
    print(f"exit code: {run.returncode}; the last line of its stdout:")
    print(run.stdout.splitlines()[-1])
    errors = run.stderr.splitlines()
    print("its stderr, first and last lines:")
    print(errors[0])
    print(errors[-1])
