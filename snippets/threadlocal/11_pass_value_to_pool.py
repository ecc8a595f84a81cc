import threading
from concurrent.futures import ThreadPoolExecutor

current = threading.local()


def audit(action):
    user = getattr(current, "user", "anonymous")
    return f"{user} {action} (in {threading.current_thread().name})"


def run_as(user, action):
    current.user = user
    try:
        return audit(action)
    finally:
        del current.user


if __name__ == "__main__":
    current.user = "alice"
    print(audit("opened report-7"))
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="pool") as pool:
        future = pool.submit(run_as, current.user, "deleted report-7")
        print(future.result(timeout=5))
