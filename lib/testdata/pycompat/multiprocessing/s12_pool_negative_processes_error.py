import multiprocessing

def one(x):
    return x

if __name__ == "__main__":
    try:
        with multiprocessing.Pool(-2) as pool:
            print(pool.map(one, [1]))
    except ValueError as e:
        print("ValueError:", e)
    with multiprocessing.Pool(1) as pool:
        print(pool.map(one, [1, 2]))
