import multiprocessing

def check(x):
    if x == 2:
        raise KeyError("two")
    return x

if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        try:
            pool.map(check, range(4))
        except KeyError as e:
            print("KeyError:", e)
        print(pool.map(check, [0, 1]))
