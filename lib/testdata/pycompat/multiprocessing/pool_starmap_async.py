import multiprocessing

def power(base, exp):
    return base ** exp

if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        r = pool.starmap_async(power, [(2, 3), (3, 2), (10, 0)])
        print(r.get(timeout=30), r.ready(), r.successful())
        print(pool.apply(power, (5, 2)))
