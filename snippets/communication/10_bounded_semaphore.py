import threading

if __name__ == "__main__":
    plain = threading.Semaphore(1)
    plain.acquire()
    plain.release()
    plain.release()  # one release too many: no error, the limit is now 2
    got = [plain.acquire(blocking=False) for _ in range(3)]
    print(f"Semaphore(1) after an extra release, acquire() x3: {got}")

    bounded = threading.BoundedSemaphore(1)
    bounded.acquire()
    bounded.release()
    try:
        bounded.release()
    except ValueError as exc:
        print(
            f"BoundedSemaphore(1), extra release: {type(exc).__name__}: {exc}"
        )
