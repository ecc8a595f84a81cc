import secrets
from multiprocessing import AuthenticationError
from multiprocessing.managers import BaseManager


class QueueManager(BaseManager):
    pass


def connect(label, address, authkey):
    manager = QueueManager(address=address, authkey=authkey)
    try:
        manager.connect()
    except (ConnectionRefusedError, AuthenticationError) as error:
        print(f"{label}: {type(error).__name__}: {error}")
    else:
        print(f"{label}: connected")


if __name__ == "__main__":
    authkey = secrets.token_bytes(32)
    master = QueueManager(address=("127.0.0.1", 0), authkey=authkey)
    master.start()
    address = master.address
    try:
        connect("right authkey", address, authkey)
        connect("wrong authkey", address, b"guess")
    finally:
        master.shutdown()
    connect("master stopped", address, authkey)
