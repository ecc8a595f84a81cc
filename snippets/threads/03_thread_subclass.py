import threading


class Countdown(threading.Thread):
    def __init__(self, start_at):
        super().__init__(name=f"Countdown-{start_at}")
        self.start_at = start_at
        self.seen = []

    def run(self):
        for n in range(self.start_at, 0, -1):
            self.seen.append(n)


if __name__ == "__main__":
    countdown = Countdown(3)
    countdown.start()
    countdown.join()
    print(countdown.name, countdown.seen)
