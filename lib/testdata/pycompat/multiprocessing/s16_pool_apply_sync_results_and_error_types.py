import multiprocessing as mp


def div(a, b):
    return a / b


def lookup(d, k):
    return d[k]


if __name__ == "__main__":
    with mp.Pool(1) as pool:
        print(pool.apply(div, (7, 2)), pool.apply(lookup, ({"x": 1}, "x")))
        for f, args in ((div, (1, 0)), (lookup, ({}, "nope"))):
            try:
                pool.apply(f, args)
            except Exception as e:
                print(type(e).__name__, e)
        print(pool.apply(div, (9, 3)))
