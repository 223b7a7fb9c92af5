import multiprocessing

def mul(a, b):
    return a * b

if __name__ == "__main__":
    got = []
    with multiprocessing.Pool(2) as pool:
        r = pool.starmap_async(mul, [(1, 2), (3, 4), (5, 6)], callback=got.append)
        print(r.get(timeout=30))
        r.wait()
        print(r.ready(), r.successful())
        print(pool.starmap(mul, zip(range(4), range(4, 8))))
    print(got)
