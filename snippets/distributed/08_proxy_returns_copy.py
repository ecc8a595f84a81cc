import secrets
from multiprocessing.managers import SyncManager

if __name__ == "__main__":
    manager = SyncManager(
        address=("127.0.0.1", 0), authkey=secrets.token_bytes(32)
    )
    manager.start()
    try:
        shared = manager.dict(scores=[1, 2])
        scores = shared.get("scores")  # pickled in the server, unpickled here
        scores.append(3)
        print(f"my copy:            {scores}")
        print(f"in the server:      {shared.get('scores')}")
        shared["scores"] = scores  # send the changed list back
        print(f"after writing back: {shared.get('scores')}")
    finally:
        manager.shutdown()
