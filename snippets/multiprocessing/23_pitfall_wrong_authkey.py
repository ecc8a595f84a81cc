import multiprocessing
import secrets
from multiprocessing import AuthenticationError
from multiprocessing.connection import Client, Listener


def full_name(error):
    """What the last line of a traceback says."""
    return f"{type(error).__module__}.{type(error).__name__}: {error}"


def serve(authkey, report):
    with Listener(("127.0.0.1", 0), authkey=authkey) as listener:
        report.send(listener.address)
        try:
            with listener.accept() as conn:
                conn.send("welcome")
        except AuthenticationError as error:
            report.send(full_name(error))


if __name__ == "__main__":
    report, report_end = multiprocessing.Pipe(duplex=False)
    key = secrets.token_bytes(32)
    server = multiprocessing.Process(target=serve, args=(key, report_end))
    server.start()
    report_end.close()
    if not report.poll(timeout=10):
        raise RuntimeError("the server did not start listening")
    address = report.recv()
    try:
        with Client(address, authkey=b"a wrong key") as conn:
            print("client: connected")
    except AuthenticationError as error:
        print("client:", full_name(error))
    if report.poll(timeout=10):
        print("server:", report.recv())
    server.join(timeout=10)
    print("the server's exit code:", server.exitcode)
