# makes a new threading.local() in each start_session() and puts it in the global: the
# last thread to start replaces the others' locals, and they find no session in it
import threading
import weakref

local_data = threading.local()  # replaces the dict and its lock
all_started = threading.Barrier(3)
created = []  # weak references: do the sessions outlive their threads?
reports = []


class Session:
    def __init__(self, user):
        self.user = user
        self.pages = []


def start_session(user):
    global local_data
    session = Session(user)
    created.append(weakref.ref(session))
    local_data = threading.local()  # a fresh local for this session
    local_data.session = session


def current_session():
    return local_data.session


def visit(page):
    current_session().pages.append(page)


def work(user, pages):
    start_session(user)
    all_started.wait(timeout=5)
    for page in pages:
        visit(page)
    session = current_session()
    reports.append(f"{session.user} visited {session.pages}")


if __name__ == "__main__":
    jobs = {"alice": ["/home", "/cart"], "bob": ["/shop"], "carol": ["/help"]}
    threads = [
        threading.Thread(target=work, args=item) for item in jobs.items()
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for line in sorted(reports):
        print(line)
    alive = [ref for ref in created if ref() is not None]
    print(f"sessions still alive after the threads ended: {len(alive)}")
