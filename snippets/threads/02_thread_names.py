import threading


def work():
    pass


if __name__ == "__main__":
    threads = [threading.Thread(target=work) for _ in range(2)]
    threads.append(threading.Thread(target=work, name="Downloader"))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print(threading.current_thread().name)
    for thread in threads:
        print(thread.name)
