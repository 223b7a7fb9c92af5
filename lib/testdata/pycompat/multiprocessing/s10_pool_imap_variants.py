import multiprocessing

def cube(x):
    return x ** 3

if __name__ == "__main__":
    with multiprocessing.Pool(3) as pool:
        print(list(pool.imap(cube, range(8))))
        print(sorted(pool.imap_unordered(cube, range(8), chunksize=2)))
        it = pool.imap(cube, [2, 3])
        print(next(it), next(it))
        try:
            next(it)
        except StopIteration:
            print("StopIteration")
        print(pool.map(cube, range(5), chunksize=3))
