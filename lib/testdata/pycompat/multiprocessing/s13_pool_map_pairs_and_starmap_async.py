import multiprocessing as mp

def pair(x):
    return x, x * x

def power(base, exp):
    return base ** exp

if __name__ == "__main__":
    with mp.Pool(2) as pool:
        for x, sq in pool.map(pair, [3, 1, 2]):
            print(x, sq)
        r = pool.starmap_async(power, [(2, 3), (3, 2), (10, 0)])
        print(r.get(timeout=30), r.ready(), r.successful())
        got = []
        r = pool.map_async(pair, range(3), callback=got.append)
        r.wait(30)
        print(got, r.ready())
