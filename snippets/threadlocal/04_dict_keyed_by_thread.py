import threading
import weakref

students = {}
students_lock = threading.Lock()
local_school = threading.local()
local_students = []
both_running = threading.Barrier(2)


class Student:
    def __init__(self, name):
        self.name = name


def remember_in_dict(name):
    with students_lock:
        students[threading.get_ident()] = Student(name)
    both_running.wait(timeout=5)


def remember_in_local(name):
    local_school.student = Student(name)
    local_students.append(weakref.ref(local_school.student))
    both_running.wait(timeout=5)


def run_two_threads(target):
    threads = [
        threading.Thread(target=target, args=(name,))
        for name in ("Alice", "Bob")
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


if __name__ == "__main__":
    run_two_threads(remember_in_dict)
    print(
        f"dict keyed by thread: {len(students)} students left after the "
        "threads ended"
    )
    run_two_threads(remember_in_local)
    alive = [ref for ref in local_students if ref() is not None]
    print(
        f"threading.local: {len(alive)} students left after the threads ended"
    )
