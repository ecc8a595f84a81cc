import socket

if __name__ == "__main__":
    for host in ["127.0.0.1", ""]:
        with socket.socket() as sock:
            # bind only: no listen(), so nobody can connect
            sock.bind((host, 0))
            print(f"bind(({host!r}, 0)) -> {sock.getsockname()[0]}")
