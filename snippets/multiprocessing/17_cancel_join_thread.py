import multiprocessing
import queue


class Report:
    def __init__(self, gate):
        self.gate = gate

    def __reduce__(self):  # the feeder thread pickles it once the gate opens
        self.gate.acquire(timeout=10)
        return (str, ("the report",))


def produce(q, gate):
    q.put(Report(gate))
    q.cancel_join_thread()  # exit without waiting for the feeder thread


if __name__ == "__main__":
    q, gate = multiprocessing.Queue(), multiprocessing.Semaphore(0)
    child = multiprocessing.Process(target=produce, args=(q, gate))
    child.start()
    child.join(timeout=10)  # returns as soon as the child has ended
    print(
        f"the child ended: {not child.is_alive()}, exitcode {child.exitcode}"
    )
    gate.release()  # too late: the feeder thread died with its process
    try:
        print("get():", q.get(timeout=0.5))
    except queue.Empty:
        print("get(timeout=0.5): queue.Empty, the item was lost")
