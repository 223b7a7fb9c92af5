import multiprocessing

def power(base, exp):
    return base ** exp

if __name__ == "__main__":
    pairs = [(b, e) for b in (2, 3) for e in (0, 1, 2)]
    with multiprocessing.Pool(2) as pool:
        print(pool.starmap(power, pairs))
        r = pool.starmap_async(power, [(10, 3)])
        print(r.get(timeout=30))
