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
        found = []
        caller = threading.Thread(
            target=lambda: found.append(squares([1, 2, 3])), daemon=True
        )
        caller.start()
        caller.join(timeout=2)
        self.assertFalse(caller.is_alive(), "squares() did not return in 2 s")
        self.assertEqual(found, [[1, 4, 9]])


if __name__ == "__main__":
    unittest.main(testRunner=unittest.TextTestRunner(stream=sys.stdout))
