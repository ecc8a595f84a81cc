import threading


class Visitor(threading.local):
    # the mistake: a class attribute, one list shared by every thread
    pages = []  # noqa: RUF012


visitor = Visitor()
both_added = threading.Barrier(2)
seen = {}


def browse(page):
    visitor.pages.append(page)
    both_added.wait(timeout=5)
    seen[threading.current_thread().name] = sorted(visitor.pages)


if __name__ == "__main__":
    threads = [
        threading.Thread(target=browse, args=("/home",), name="Thread-A"),
        threading.Thread(target=browse, args=("/shop",), name="Thread-B"),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for name in sorted(seen):
        print(f"{name} sees {seen[name]}")
