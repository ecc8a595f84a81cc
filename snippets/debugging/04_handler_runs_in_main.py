import signal
import threading
import time

handled_in = []


def on_usr1(signum, frame):
    handled_in.append(threading.current_thread().name)


def worker():
    # deliver SIGUSR1 to this very thread, not to the process
    signal.pthread_kill(threading.get_ident(), signal.SIGUSR1)


if __name__ == "__main__":
    signal.signal(signal.SIGUSR1, on_usr1)
    thread = threading.Thread(target=worker, name="Worker")
    thread.start()
    thread.join()
    for _ in range(100):  # until the main thread next checks for signals
        if handled_in:
            break
        time.sleep(0.01)
    print("signal sent by: Worker")
    print(f"handler ran in: {handled_in}")
