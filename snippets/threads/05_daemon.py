import threading
import time


def heartbeat():
    while True:
        time.sleep(0.05)


if __name__ == "__main__":
    beat = threading.Thread(target=heartbeat, name="Heartbeat", daemon=True)
    beat.start()
    time.sleep(0.2)
    print(f"{beat.name}: daemon={beat.daemon}, alive={beat.is_alive()}")
    print("main: exiting, the daemon thread is stopped with the process")
