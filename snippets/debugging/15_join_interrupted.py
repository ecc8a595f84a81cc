import signal
import threading

if __name__ == "__main__":
    stop = threading.Event()
    worker = threading.Thread(target=stop.wait, args=(5,), name="Worker")
    worker.start()
    # a Ctrl-C in 0.3 s, delivered to the main thread while it waits in join()
    main = threading.main_thread().ident
    ctrl_c = threading.Timer(
        0.3, signal.pthread_kill, args=(main, signal.SIGINT)
    )
    ctrl_c.start()
    try:
        worker.join()
    except KeyboardInterrupt:
        print("KeyboardInterrupt inside join()")
    ctrl_c.join()
    print(f"the worker is still running; is_alive() says {worker.is_alive()}")
    print(f"threading.enumerate() lists it: {worker in threading.enumerate()}")
    stop.set()
    worker.join()
