# Wrong: the test gives up after 2 s and fails on a hang, but it never looks
# at the result: a squares() that returns [1, 4] passes.
import queue
import sys
import threading
import unittest


def squares(numbers):
    """Squares the numbers in a worker thread; returns them in order."""
    tasks = queue.Queue()
    results = []

    def work():
        while True:
            number = tasks.get()
            if number is None:  # the signal to stop
                return
            results.append(number * number)

    worker = threading.Thread(target=work, daemon=True)
    worker.start()
    for number in numbers:
        tasks.put(number)
    tasks.put(None)
    worker.join()
    return results


class SquaresTest(unittest.TestCase):
    def test_squares(self):
        caller = threading.Thread(
            target=squares, args=([1, 2, 3],), daemon=True
        )
        caller.start()
        caller.join(timeout=2)
        self.assertFalse(caller.is_alive(), "squares() did not return in 2 s")


if __name__ == "__main__":
    unittest.main(testRunner=unittest.TextTestRunner(stream=sys.stdout))
