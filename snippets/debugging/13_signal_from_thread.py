import signal
import threading


def on_term(signum, frame):
    pass


def install():
    try:
        signal.signal(signal.SIGTERM, on_term)
    except ValueError as error:
        print(f"in {threading.current_thread().name}: ValueError: {error}")
    else:
        print(f"in {threading.current_thread().name}: handler installed")


if __name__ == "__main__":
    thread = threading.Thread(target=install, name="Setup")
    thread.start()
    thread.join()
    install()  # the fix: install handlers from the main thread, at start-up
