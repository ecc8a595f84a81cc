import multiprocessing
from multiprocessing.shared_memory import ShareableList, SharedMemory


def update(block_name, list_name):
    block = SharedMemory(name=block_name)  # attach to the existing blocks
    shared = ShareableList(name=list_name)
    block.buf[0] *= 2
    shared[0] += 1
    shared[1] = "done"  # fits: not longer than the "waiting" it replaces
    block.close()  # this process is done with them; the blocks stay
    shared.shm.close()


if __name__ == "__main__":
    block = SharedMemory(create=True, size=4)
    shared = ShareableList([41, "waiting", None])
    try:
        block.buf[0] = 21
        names = (block.name, shared.shm.name)
        child = multiprocessing.Process(target=update, args=names)
        child.start()
        child.join(timeout=10)
        if child.is_alive():
            raise RuntimeError(f"{child.name} still runs after 10 s")
        print("after the child:", block.buf[0], list(shared))
        try:
            shared[1] = "a longer string than before"
        except ValueError as exc:
            print(f"a longer str: ValueError: {exc}")
    finally:
        for shm in (block, shared.shm):
            shm.close()
            shm.unlink()  # once, by the creator, when every process is done
