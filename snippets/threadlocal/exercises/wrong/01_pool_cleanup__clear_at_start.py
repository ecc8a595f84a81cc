# clears the thread at the start of each request: the
# output is right, but a failed request still leaves
# its user on the pool thread until the next task comes
import threading
from concurrent.futures import ThreadPoolExecutor

current = threading.local()


def who():
    return getattr(current, "user", "anonymous")


def handle(request):
    vars(current).clear()  # start each request clean
    if "user" in request:
        current.user = request["user"]
    if request["path"] == "/admin" and who() != "root":
        raise PermissionError(f"{who()} may not open /admin")
    page = f"{request['path']} for {who()}"
    if "user" in request:
        del current.user
    return page


if __name__ == "__main__":
    requests = [
        {"id": 1, "path": "/admin", "user": "alice"},
        {"id": 2, "path": "/home"},
        {"id": 3, "path": "/news"},
    ]
    with ThreadPoolExecutor(max_workers=1) as pool:
        futures = [pool.submit(handle, request) for request in requests]
        for request, future in zip(requests, futures):
            try:
                print(f"request {request['id']}: {future.result(timeout=5)}")
            except PermissionError as error:
                print(f"request {request['id']}: PermissionError: {error}")
