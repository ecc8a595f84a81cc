import queue
import sys
import threading


def consumer(q, log):
    while True:
        try:
            item = q.get(timeout=2)
        except queue.ShutDown:  # raised once the queue is shut down and empty
            log.append("consumer: queue.ShutDown, stopping")
            return
        log.append(f"consumer: got {item}")


if __name__ == "__main__":
    if sys.version_info < (3, 13):
        print(
            "queue.Queue has no shutdown() before Python 3.13: "
            "stop consumers with sentinels"
        )
    else:
        q, log = queue.Queue(), []
        t = threading.Thread(target=consumer, args=(q, log))
        t.start()
        for item in ("a", "b", "c"):
            q.put(item)
        # immediate=False: items already queued are still delivered
        q.shutdown()
        t.join()  # shutdown() ends the consumer's loop
        print("\n".join(log))
        try:
            q.put("d")
        except queue.ShutDown:
            print("producer: put() after shutdown() raised queue.ShutDown")

        q = queue.Queue()
        for item in ("x", "y"):
            q.put(item)
        q.shutdown(immediate=True)  # drops what is still queued
        try:
            q.get(timeout=2)
        except queue.ShutDown:
            print(
                "immediate=True: get() raised queue.ShutDown, items left: "
                f"{q.qsize()}"
            )
