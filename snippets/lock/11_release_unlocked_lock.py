import threading

if __name__ == "__main__":
    lock = threading.Lock()
    try:
        lock.release()  # nobody acquired it
    except RuntimeError as exc:
        print(f"{type(exc).__name__}: {exc}")
