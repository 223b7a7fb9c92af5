import multiprocessing

def mul(a, b):
    return a * b

if __name__ == "__main__":
    with multiprocessing.Pool(1) as pool:
        print(pool.starmap(mul, [(1, 2), (3, 4)]))
        try:
            pool.starmap(mul, [(1, 2, 3)])
        except TypeError as e:
            print("TypeError:", e)
        try:
            pool.apply(mul, (1,))
        except TypeError as e:
            print("TypeError:", e)
