import sys
import threading
import unittest


class Hits:
    """Counts the visits of each page in a store: a dict here, a database
    in a real program."""

    def __init__(self, store):
        self.store = store
        self.lock = threading.Lock()

    def hit(self, page):
        with self.lock:
            count = self.store.get(page, 0)
            self.store[page] = count + 1


class HitsTest(unittest.TestCase):
    def test_no_lost_update(self):
        self.fail("write this test")


if __name__ == "__main__":
    unittest.main(testRunner=unittest.TextTestRunner(stream=sys.stdout))
