import asyncio

failures = []


async def fetch(url):
    # One attempt against a server that never answers in time.
    await asyncio.sleep(0.2)
    raise ConnectionError(f"{url}: no answer")


async def download(url, attempts=5):
    for attempt in range(1, attempts + 1):
        try:
            return await fetch(url)
        except ConnectionError as exc:  # retry only what a retry can fix
            failures.append(f"attempt {attempt}: {type(exc).__name__}")
    return None


async def main():
    try:
        result = await asyncio.wait_for(
            download("https://example.com/a.iso"), 0.3
        )
    except asyncio.TimeoutError:
        print("download: gave up at the 0.3 s timeout")
    else:
        print(f"download: returned {result!r} after {len(failures)} failures")


if __name__ == "__main__":
    asyncio.run(main())
