import threading
from concurrent.futures import ThreadPoolExecutor

current = threading.local()


def greet():
    user = getattr(current, "user", "anonymous")
    return f"Hello, {user}"


def handle(request):
    if "user" in request:
        current.user = request["user"]
    thread = threading.current_thread().name
    return f"request {request['id']} in {thread}: {greet()}"


if __name__ == "__main__":
    requests = [{"id": 1, "user": "alice"}, {"id": 2}, {"id": 3}]
    with ThreadPoolExecutor(
        max_workers=1, thread_name_prefix="worker"
    ) as pool:
        for line in pool.map(handle, requests):
            print(line)
