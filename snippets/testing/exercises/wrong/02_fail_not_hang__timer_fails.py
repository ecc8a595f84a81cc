# Wrong: a Timer calls self.fail() after 2 s, but the AssertionError is raised
# in the Timer's own thread: the test itself goes on waiting in squares(),
# and the exception only goes to stderr as "Exception in thread".
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
        timer = threading.Timer(2, self.fail, ["squares() did not return"])
        timer.daemon = True
        timer.start()
        result = squares([1, 2, 3])
        timer.cancel()
        self.assertEqual(result, [1, 4, 9])


if __name__ == "__main__":
    unittest.main(testRunner=unittest.TextTestRunner(stream=sys.stdout))
