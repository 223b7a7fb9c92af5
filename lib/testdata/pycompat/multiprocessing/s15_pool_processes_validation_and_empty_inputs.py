import multiprocessing


def square(x):
    return x * x


def add(a, b):
    return a + b


if __name__ == "__main__":
    for n in (0, -2):
        try:
            multiprocessing.Pool(n)
        except ValueError as e:
            print(n, "ValueError:", e)
    with multiprocessing.Pool(2) as pool:
        print(pool.map(square, []), pool.starmap(add, []))
        print(list(pool.imap(square, [])), list(pool.imap_unordered(square, [])))
        print(pool.map_async(square, []).get(timeout=10))
        print(pool.map(square, range(5), chunksize=10), pool.starmap(add, [(1, 2)], chunksize=3))
