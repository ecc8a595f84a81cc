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
        self.fail("write this test")


if __name__ == "__main__":
    unittest.main(testRunner=unittest.TextTestRunner(stream=sys.stdout))
