import _thread


def greet(name, done):
    print(f"hello from {name}")
    done.release()


if __name__ == "__main__":
    done = _thread.allocate_lock()
    done.acquire()
    _thread.start_new_thread(greet, ("a _thread thread", done))
    done.acquire()
    print("main: the thread has signalled it is done")
