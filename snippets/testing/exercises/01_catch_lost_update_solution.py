import sys
import threading
import time
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


class SlowStore(dict):
    """A store whose reads take 50 ms: a wide gap between read and write."""

    def get(self, key, default=None):
        value = super().get(key, default)
        time.sleep(0.05)
        return value


class HitsTest(unittest.TestCase):
    def test_no_lost_update(self):
        hits = Hits(SlowStore())
        start = threading.Barrier(4, timeout=5)

        def visit():
            start.wait()  # the four threads call hit() together
            hits.hit("/")

        threads = [
            threading.Thread(target=visit, daemon=True) for _ in range(4)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=5)
        self.assertFalse(any(t.is_alive() for t in threads), "still running")
        self.assertEqual(hits.store["/"], 4)


if __name__ == "__main__":
    unittest.main(testRunner=unittest.TextTestRunner(stream=sys.stdout))
