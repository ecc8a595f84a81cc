import threading


def download(ran_in):
    ran_in.append(threading.current_thread().name)


if __name__ == "__main__":
    ran_in = []
    wrong = threading.Thread(
        target=download, args=(ran_in,), name="Downloader"
    )
    wrong.run()  # a plain call: runs in the calling thread, no new thread
    print(f"run():   download ran in {ran_in[-1]}")

    right = threading.Thread(
        target=download, args=(ran_in,), name="Downloader"
    )
    right.start()
    right.join()
    print(f"start(): download ran in {ran_in[-1]}")
