# cleans up only when PermissionError is raised: any other exception
# still passes the user on to the next request on that thread
import threading
from concurrent.futures import ThreadPoolExecutor

current = threading.local()


def who():
    return getattr(current, "user", "anonymous")


def handle(request):
    if "user" in request:
        current.user = request["user"]
    try:
        if request["path"] == "/admin" and who() != "root":
            raise PermissionError(f"{who()} may not open /admin")
    except PermissionError:
        del current.user
        raise
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
