import threading


class Visitor(threading.local):
    def __init__(self, name):
        self.name = name
        self.pages = []
        self.initialised_in = threading.current_thread().name


visitor = Visitor("guest")
reports = {}


def report():
    return (
        f"name={visitor.name!r}, pages={visitor.pages}, "
        f"__init__ ran in {visitor.initialised_in}"
    )


def browse(*pages):
    visitor.pages.extend(pages)
    reports[threading.current_thread().name] = report()


if __name__ == "__main__":
    visitor.name = "admin"
    threads = [
        threading.Thread(
            target=browse, args=("/home", "/about"), name="Thread-A"
        ),
        threading.Thread(target=browse, args=("/shop",), name="Thread-B"),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    reports["MainThread"] = report()
    for name in sorted(reports):
        print(f"{name}: {reports[name]}")
