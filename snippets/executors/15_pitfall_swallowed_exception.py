from concurrent.futures import ThreadPoolExecutor

saved = []


def save(record):
    if "id" not in record:
        raise KeyError("id")
    saved.append(record["id"])


if __name__ == "__main__":
    records = [{"id": 1}, {"name": "no id"}, {"id": 3}]
    with ThreadPoolExecutor(max_workers=2) as pool:
        for record in records:
            pool.submit(save, record)  # the returned Future is thrown away
    print(
        f"done, {len(saved)} of {len(records)} records saved, no error "
        "reported"
    )
