import multiprocessing as mp


def cube(x):
    return x ** 3


if __name__ == "__main__":
    with mp.Pool(3) as p:
        print(list(p.imap(cube, range(10), chunksize=3)))
        print(sorted(p.imap_unordered(cube, range(10), chunksize=4)))
        print(p.map(cube, [], chunksize=5), list(p.imap(cube, [])))
        it = p.imap(cube, [2, 3])
        print(next(it), next(it))
        try:
            next(it)
        except StopIteration:
            print("StopIteration")
