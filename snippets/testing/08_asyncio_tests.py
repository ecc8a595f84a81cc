import asyncio
import sys
import unittest


async def fetch(name, delay):
    await asyncio.sleep(delay)
    return name.upper()


class FetchTest(unittest.IsolatedAsyncioTestCase):
    async def test_fetch(self):  # a new event loop for each test
        result = await asyncio.wait_for(fetch("a", 0.01), timeout=1)
        self.assertEqual(result, "A")

    async def test_too_slow(self):
        with self.assertRaises(asyncio.TimeoutError):
            await asyncio.wait_for(fetch("b", 10), timeout=0.05)


class FetchWithRunTest(unittest.TestCase):
    def test_fetch(self):  # asyncio.run() makes and closes a loop per test
        result = asyncio.run(asyncio.wait_for(fetch("c", 0.01), timeout=1))
        self.assertEqual(result, "C")


if __name__ == "__main__":
    unittest.main(testRunner=unittest.TextTestRunner(stream=sys.stdout))
