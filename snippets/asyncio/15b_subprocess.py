import asyncio
import sys

CHILD = "import sys, time; print('hello'); time.sleep(float(sys.argv[1]))"


async def run_child(pause, timeout):
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", CHILD, str(pause), stdout=asyncio.subprocess.PIPE
    )
    try:
        out, _ = await asyncio.wait_for(proc.communicate(), timeout)
    except asyncio.TimeoutError:
        proc.kill()
        await proc.wait()
        return "killed", proc.returncode
    return out.decode().strip(), proc.returncode


async def main():
    print(await asyncio.gather(run_child(0, 10), run_child(60, 2)))


if __name__ == "__main__":
    asyncio.run(main())
