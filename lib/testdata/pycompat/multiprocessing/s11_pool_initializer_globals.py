import multiprocessing

factor = 1

def setup(f):
    global factor
    factor = f

def scale(x):
    return x * factor

if __name__ == "__main__":
    with multiprocessing.Pool(2, initializer=setup, initargs=(10,)) as pool:
        print(pool.map(scale, [1, 2, 3]))
    print(scale(5))
