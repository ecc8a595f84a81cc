import multiprocessing


def work(name, scores, log, settings):
    scores[name] = len(name) * settings.factor  # each process its own key
    log.append(f"{name} done")  # one call: the server appends


if __name__ == "__main__":
    # starts the manager's server process
    with multiprocessing.Manager() as manager:
        scores = manager.dict()
        log = manager.list()
        settings = manager.Namespace()
        settings.factor = 10
        children = [
            multiprocessing.Process(
                target=work, args=(name, scores, log, settings)
            )
            for name in ("alpha", "beta")
        ]
        for child in children:
            child.start()
        for child in children:
            child.join(timeout=10)
            if child.is_alive():
                raise RuntimeError(f"{child.name} still runs after 10 s")
        print("dict:", dict(sorted(scores.items())))
        print("list:", sorted(log))
        print("Namespace:", settings)
