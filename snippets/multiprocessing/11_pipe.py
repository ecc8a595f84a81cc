import multiprocessing


def produce(conn):
    for word in ["alpha", "beta", "gamma"]:
        conn.send(word)  # pickled into the pipe
    conn.close()  # the last open sending end: the reader gets EOFError


if __name__ == "__main__":
    receiving, sending = multiprocessing.Pipe(duplex=False)
    child = multiprocessing.Process(target=produce, args=(sending,))
    child.start()
    sending.close()  # the parent's copy: otherwise recv() would wait forever
    words = []
    while receiving.poll(timeout=10):
        try:
            words.append(receiving.recv())
        except EOFError:
            break
    child.join(timeout=10)
    if child.is_alive():
        raise RuntimeError(f"{child.name} still runs after 10 s")
    print(words, "then EOFError")
