import multiprocessing

def sq(x):
    return x * x

if __name__ == "__main__":
    with multiprocessing.Pool(3) as pool:
        print(list(pool.imap(sq, range(10), chunksize=3)))
        print(sorted(pool.imap_unordered(sq, range(10), chunksize=4)))
        it = pool.imap(sq, [5, 6])
        print(next(it), next(it))
        try:
            next(it)
        except StopIteration:
            print("StopIteration")
