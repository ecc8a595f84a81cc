import asyncio
import sys

CHILD = """
import sys, time
for step in range(3):
    print("step", step, flush=True)
    time.sleep(float(sys.argv[1]))
"""


async def run_child(name, pause, timeout):
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", CHILD, str(pause), stdout=asyncio.subprocess.PIPE
    )
    lines = []

    async def read_all():
        async for line in proc.stdout:  # each line as soon as it arrives
            lines.append(line.decode().strip())
        return await proc.wait()

    try:
        code = await asyncio.wait_for(read_all(), timeout)
        result = f"exit code {code}"
    except asyncio.TimeoutError:
        proc.kill()  # the child would run on: stop it
        code = await proc.wait()  # and collect its exit status
        result = f"killed after {timeout} s, exit code {code}"
    return f"{name}: read {lines}, {result}"


async def main():
    results = await asyncio.gather(
        run_child("quick", 0.01, timeout=10),
        run_child("stuck", 60, timeout=2),
    )
    for line in results:
        print(line)


if __name__ == "__main__":
    asyncio.run(main())
