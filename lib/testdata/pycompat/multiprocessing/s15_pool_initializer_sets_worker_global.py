import multiprocessing

factor = None


def init(f):
    global factor
    factor = f


def scale(x):
    return x * factor


if __name__ == "__main__":
    with multiprocessing.Pool(2, initializer=init, initargs=(7,)) as pool:
        print(pool.map(scale, range(5)))
    print(factor)
