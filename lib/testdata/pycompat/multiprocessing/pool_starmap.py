import multiprocessing

def power(base, exp):
    return base ** exp

if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.starmap(power, [(2, 3), (3, 2), (10, 0), (5, 1)]))
