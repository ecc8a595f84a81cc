import multiprocessing
import sys
import time
import unittest


def square(number, results):
    results.put(number * number)


def stuck():
    time.sleep(60)  # stands for a child that never ends


class ProcessTest(unittest.TestCase):
    def setUp(self):  # spawn in tests, as on macOS and Windows
        self.ctx = multiprocessing.get_context("spawn")

    def tearDown(self):  # a test leaves no child running
        for child in multiprocessing.active_children():
            child.terminate()
            child.join(timeout=5)
        self.assertEqual(multiprocessing.active_children(), [])

    def test_square(self):
        results = self.ctx.Queue()
        child = self.ctx.Process(target=square, args=(7, results))
        child.start()
        self.assertEqual(results.get(timeout=10), 49)
        child.join(timeout=10)
        self.assertEqual(child.exitcode, 0)

    def test_stuck_child_is_stopped(self):
        child = self.ctx.Process(target=stuck)
        child.start()
        child.join(timeout=0.5)
        self.assertTrue(child.is_alive())  # no answer in time
        child.terminate()
        child.join(timeout=5)
        self.assertFalse(child.is_alive())


if __name__ == "__main__":
    unittest.main(testRunner=unittest.TextTestRunner(stream=sys.stdout))
