import threading

local_school = threading.local()


def process_thread(name):
    local_school.student = name


if __name__ == "__main__":
    worker = threading.Thread(
        target=process_thread, args=("Alice",), name="Thread-A"
    )
    worker.start()
    worker.join()
    try:
        print(local_school.student)
    except AttributeError as error:
        print(f"AttributeError: {error}")
    print(getattr(local_school, "student", "no student in MainThread"))
