import multiprocessing

def mul(a, b):
    return a * b

if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.starmap(mul, [(1, 2), (3, 4), (5, 6)]))
        print(pool.starmap(mul, []))
