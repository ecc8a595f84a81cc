from concurrent.futures import ThreadPoolExecutor

saved = []


def save(record):
    if "id" not in record:
        raise KeyError("id")
    saved.append(record["id"])


if __name__ == "__main__":
    records = [{"id": 1}, {"name": "no id"}, {"id": 3}]
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(save, record) for record in records]
    for record, future in zip(records, futures):
        try:
            future.result(timeout=5)
        except Exception as exc:
            print(f"failed: {record}: {type(exc).__name__}: {exc}")
    print(f"{len(saved)} of {len(records)} records saved")
