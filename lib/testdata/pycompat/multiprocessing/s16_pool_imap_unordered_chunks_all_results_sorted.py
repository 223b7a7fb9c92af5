import multiprocessing as mp


def cube(x):
    return x ** 3


if __name__ == "__main__":
    with mp.Pool(3) as pool:
        for cs in (1, 4):
            got = list(pool.imap_unordered(cube, range(10), chunksize=cs))
            print(cs, sorted(got) == [x ** 3 for x in range(10)], len(got))
        print(list(pool.imap(cube, range(6), chunksize=4)))
        try:
            list(pool.imap(cube, range(3), chunksize=0))
        except ValueError as e:
            print("ValueError:", e)
