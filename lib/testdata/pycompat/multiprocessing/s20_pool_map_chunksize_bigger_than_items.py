import multiprocessing as mp


def neg(x):
    return -x


def add(a, b):
    return a + b


if __name__ == "__main__":
    with mp.Pool(2) as p:
        print(p.map(neg, range(5), chunksize=100))
        print(p.starmap(add, [(1, 2), (3, 4), (5, 6)], chunksize=10))
        print(list(p.imap(neg, range(7), chunksize=3)))
        print(sorted(p.imap_unordered(neg, range(7), chunksize=4)))
        print(p.map_async(neg, [], chunksize=2).get(30))
        print(p.starmap_async(add, [(1, 1)], chunksize=1).get(30))
