import multiprocessing


def cube(x):
    return x ** 3


def span(a, b):
    return list(range(a, b))


if __name__ == "__main__":
    with multiprocessing.Pool(3) as p:
        print(list(p.imap(cube, range(6))))
        print(sorted(p.imap_unordered(cube, range(6), chunksize=2)))
        print(p.starmap(span, [(0, 3), (5, 7), (2, 2)]))
        print(p.map(len, ["a", "bb", ""]))
        it = p.imap(cube, [])
        print(list(it))
