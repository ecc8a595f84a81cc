import io
import threading
import unittest


class ThreadErrors:
    """Collects the exceptions that end threads; on exit raises an
    AssertionError that reports the first one, so that the test fails."""

    def __enter__(self):
        self.errors = []
        self.previous = threading.excepthook
        threading.excepthook = self.record
        return self

    def record(self, args):
        # keep names and text, not args.thread or args.exc_value: holding
        # those can keep objects alive (see the threading.excepthook docs)
        name = getattr(args.thread, "name", "?")  # args.thread may be None
        self.errors.append((name, args.exc_type.__name__, str(args.exc_value)))

    def __exit__(self, *exc):
        threading.excepthook = self.previous
        if self.errors and exc[0] is None:
            thread, kind, message = self.errors[0]
            raise AssertionError(f"{thread} raised {kind}: {message}")


def parse_all(texts):
    numbers = []
    threads = [
        threading.Thread(
            target=lambda t=t: numbers.append(int(t)), name=f"Parser-{t}"
        )
        for t in texts
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=5)
    return sorted(numbers)


class ParseTest(unittest.TestCase):
    def test_numbers(self):
        with ThreadErrors():
            self.assertEqual(parse_all(["2", "1"]), [1, 2])

    def test_a_word(self):
        with ThreadErrors():
            parse_all(["1", "seven"])


if __name__ == "__main__":
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(ParseTest)
    result = unittest.TextTestRunner(stream=io.StringIO()).run(suite)
    for test, trace in result.failures + result.errors:
        print(f"{test.id()} failed:")
        print(f"  {trace.strip().splitlines()[-1]}")
    print(f"ran {result.testsRun}, failed {len(result.failures)}")
