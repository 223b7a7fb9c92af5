import multiprocessing

def ident(x):
    return x

def add(a, b):
    return a + b

if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(ident, []), pool.starmap(add, []), list(pool.imap(ident, [])))
        print(pool.map(ident, ["x"]), pool.starmap(add, [("a", "b")]))
