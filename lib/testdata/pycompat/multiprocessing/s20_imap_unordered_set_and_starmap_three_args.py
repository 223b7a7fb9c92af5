import multiprocessing as mp


def triple(a, b, c):
    return a * 100 + b * 10 + c


def square(x):
    return x * x


if __name__ == "__main__":
    with mp.Pool(3) as p:
        print(p.starmap(triple, [(1, 2, 3), (4, 5, 6), (7, 8, 9)]))
        print(sorted(p.imap_unordered(square, range(8))), sorted(set(p.imap_unordered(square, [2, 2, 3]))))
        it = p.imap(square, [5, 6])
        print(next(it), next(it))
        try:
            next(it)
        except StopIteration:
            print("StopIteration")
