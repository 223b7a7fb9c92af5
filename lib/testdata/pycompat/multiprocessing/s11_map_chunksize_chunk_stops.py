import multiprocessing

def check(x):
    if x in (2, 7):
        raise ValueError("bad item %d" % x)
    return x

if __name__ == "__main__":
    with multiprocessing.Pool(1) as pool:
        print(pool.map(check, [0, 1, 3], chunksize=2))
        print(pool.map(check, [0, 1, 3], 1))
        print(pool.starmap(pow, [(2, 3), (3, 2)], chunksize=1))
        try:
            pool.map(check, range(10), chunksize=5)
        except ValueError as e:
            print("ValueError:", e)
        r = pool.map_async(check, range(4), chunksize=4)
        r.wait()
        print(r.successful())
        print(pool.map(check, range(3), chunksize=0))
        print(pool.map(check, [], chunksize=3))
