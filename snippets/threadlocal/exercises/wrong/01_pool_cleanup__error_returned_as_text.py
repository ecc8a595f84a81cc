# turns the PermissionError into a returned string: the lines printed are the same, but
# handle() no longer fails, and a caller cannot tell a refusal from a page
import threading
from concurrent.futures import ThreadPoolExecutor

current = threading.local()


def who():
    return getattr(current, "user", "anonymous")


def handle(request):
    current.user = request.get("user", "anonymous")  # set on every task
    try:
        if request["path"] == "/admin" and who() != "root":
            raise PermissionError(f"{who()} may not open /admin")
        return f"{request['path']} for {who()}"
    except PermissionError as error:
        return f"PermissionError: {error}"  # the same line, without an exception to leak
    finally:
        del current.user  # runs even when the task raises


if __name__ == "__main__":
    requests = [
        {"id": 1, "path": "/admin", "user": "alice"},
        {"id": 2, "path": "/home"},
        {"id": 3, "path": "/news"},
    ]
    with ThreadPoolExecutor(max_workers=1) as pool:
        futures = [pool.submit(handle, request) for request in requests]
        for request, future in zip(requests, futures):
            print(f"request {request['id']}: {future.result(timeout=5)}")
