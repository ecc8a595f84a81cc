import logging
import threading


class Recorder:
    """A stream that records each write() call it receives."""

    def __init__(self):
        self.writes = []

    def write(self, text):
        self.writes.append(text)

    def flush(self):
        pass


class SlowTerminal(Recorder):
    """The first text written waits for another thread's text: a thread switch
    at the worst moment, made certain."""

    def __init__(self):
        super().__init__()
        self.first_text = threading.Event()
        self.second_text = threading.Event()

    def write(self, text):
        super().write(text)
        if text == "\n":
            return
        if not self.first_text.is_set():
            self.first_text.set()
            if not self.second_text.wait(timeout=1):
                raise RuntimeError("the second text never came")
        else:
            self.second_text.set()


def report(name, stream):
    print(f"{name}: done", file=stream)


if __name__ == "__main__":
    one = Recorder()
    print("A:", "done", file=one)
    print(f"print() called write() {len(one.writes)} times: {one.writes}")

    handler = logging.StreamHandler(Recorder())
    logging.getLogger("app").addHandler(handler)
    logging.getLogger("app").warning("A: done")
    print(f"a logging handler called it once: {handler.stream.writes}")

    terminal = SlowTerminal()
    a = threading.Thread(target=report, args=("A", terminal))
    b = threading.Thread(target=report, args=("B", terminal))
    a.start()
    # A wrote its text, not its "\n"
    if not terminal.first_text.wait(timeout=1):
        raise RuntimeError("A wrote nothing")
    b.start()
    a.join()
    b.join()
    print(f"two threads, one print() each: {''.join(terminal.writes)!r}")
