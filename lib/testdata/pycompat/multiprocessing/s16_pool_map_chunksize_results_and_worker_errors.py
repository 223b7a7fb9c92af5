import multiprocessing as mp


def inv(x):
    return 100 // x


if __name__ == "__main__":
    with mp.Pool(2) as pool:
        for cs in (1, 3, 10):
            print(cs, pool.map(inv, [1, 2, 4, 5, 10], chunksize=cs))
        try:
            pool.map(inv, [1, 0, 2], chunksize=2)
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)
        print(pool.starmap(pow, [(2, 3), (3, 2)], chunksize=1))
        print(pool.map(inv, []))
