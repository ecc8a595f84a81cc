import threading
import time

if __name__ == "__main__":
    fired = []
    start = time.monotonic()
    reminder = threading.Timer(
        0.2, lambda: fired.append(("reminder", time.monotonic() - start))
    )
    alarm = threading.Timer(
        5.0, lambda: fired.append(("alarm", time.monotonic() - start))
    )
    reminder.start()
    alarm.start()
    alarm.cancel()  # still waiting, so it will never run
    reminder.join(timeout=2)
    alarm.join(timeout=2)
    for name, after in fired:
        print(f"{name} fired after at least 0.2 s: {after >= 0.2}")
    print(f"fired: {[name for name, _ in fired]}")
    print(f"timers alive: {reminder.is_alive()}, {alarm.is_alive()}")
