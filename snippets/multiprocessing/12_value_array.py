import multiprocessing


def fill(count, squares):
    for i in range(len(squares)):
        squares[i] = i * i
    with count.get_lock():  # the lock that comes with the Value
        count.value += len(squares)


if __name__ == "__main__":
    count = multiprocessing.Value("i", 0)  # a C int in shared memory
    squares = multiprocessing.Array("d", 5)  # five C doubles, all 0.0
    children = [
        multiprocessing.Process(target=fill, args=(count, squares))
        for _ in range(2)
    ]
    for child in children:
        child.start()
    for child in children:
        child.join(timeout=10)
        if child.is_alive():
            raise RuntimeError(f"{child.name} still runs after 10 s")
    print("count.value:", count.value)
    print("squares[:]:", squares[:])
    print("count.get_lock():", count.get_lock())
