import multiprocessing
import secrets
from multiprocessing.connection import Client, Listener


def serve(authkey, report):
    address = ("127.0.0.1", 0)  # this machine only; port 0: the OS picks one
    with Listener(address, authkey=authkey) as listener:
        report.send(listener.address)  # the real port, for the client
        with listener.accept() as conn:  # the handshake checks the key
            handled = 0
            while conn.poll(timeout=10):
                try:
                    word = conn.recv()
                except EOFError:  # the client closed its end
                    break
                conn.send(word.upper())
                handled += 1
        report.send((listener.last_accepted[0], handled))


if __name__ == "__main__":
    authkey = secrets.token_bytes(32)  # in real use: from the environment
    report, report_end = multiprocessing.Pipe(duplex=False)
    server = multiprocessing.Process(target=serve, args=(authkey, report_end))
    server.start()
    report_end.close()  # the parent's copy: poll() then sees the child exit
    if not report.poll(timeout=10):
        raise RuntimeError("the server did not start listening")
    address = report.recv()
    print(f"the server listens on {address[0]}, on a port the OS picked")
    with Client(address, authkey=authkey) as conn:  # the same handshake
        for word in ["alpha", "beta"]:
            conn.send(word)
            if not conn.poll(timeout=10):
                raise RuntimeError("no reply within 10 s")
            print(f"sent {word!r}, got {conn.recv()!r}")
    if report.poll(timeout=10):
        host, handled = report.recv()
        print(f"the server: a client from {host}, {handled} messages")
    server.join(timeout=10)
    print("the server's exit code:", server.exitcode)
