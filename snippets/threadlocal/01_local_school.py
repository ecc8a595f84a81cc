import threading

local_school = threading.local()
both_have_set = threading.Barrier(2)
greetings = []


def process_student():
    student = local_school.student
    return f"Hello, {student} (in {threading.current_thread().name})"


def process_thread(name):
    local_school.student = name
    both_have_set.wait(timeout=5)
    greetings.append(process_student())


if __name__ == "__main__":
    threads = [
        threading.Thread(
            target=process_thread, args=("Alice",), name="Thread-A"
        ),
        threading.Thread(
            target=process_thread, args=("Bob",), name="Thread-B"
        ),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for greeting in sorted(greetings):
        print(greeting)
