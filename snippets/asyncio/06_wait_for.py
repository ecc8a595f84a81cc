import asyncio

log = []


async def download(name):
    try:
        await asyncio.sleep(10)  # a server that never answers
    finally:
        log.append(f"{name}: stopped")  # runs when wait_for cancels it


async def main():
    try:
        await asyncio.wait_for(download("report.pdf"), timeout=0.1)
    except asyncio.TimeoutError as exc:  # works on every version (see below)
        kind = type(exc)
        print(f"raised: {kind.__module__}.{kind.__qualname__}")
        print("is the built-in TimeoutError:", kind is TimeoutError)
    print("the download was cancelled:", log)


if __name__ == "__main__":
    asyncio.run(main())
