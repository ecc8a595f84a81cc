# Wrong: four threads call hit() once on a plain dict, with nothing to make
# them overlap between the read and the write: the test passes on Hits
# without a lock too, unless a thread switch happens to fall in that gap.
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
        hits = Hits({})
        threads = [
            threading.Thread(target=hits.hit, args=("/",), daemon=True)
            for _ in range(4)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=5)
        self.assertEqual(hits.store["/"], 4)


if __name__ == "__main__":
    unittest.main(testRunner=unittest.TextTestRunner(stream=sys.stdout))
