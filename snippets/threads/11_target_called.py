import threading


def download(ran_in):
    ran_in.append(threading.current_thread().name)


if __name__ == "__main__":
    ran_in = []
    # wrong: download(ran_in) runs right here;
    # its result (None) becomes the target
    wrong = threading.Thread(target=download(ran_in), name="Downloader")
    wrong.start()
    wrong.join()
    print(f"target=download(ran_in):          ran in {ran_in}")

    ran_in = []
    right = threading.Thread(
        target=download, args=(ran_in,), name="Downloader"
    )
    right.start()
    right.join()
    print(f"target=download, args=(ran_in,): ran in {ran_in}")
