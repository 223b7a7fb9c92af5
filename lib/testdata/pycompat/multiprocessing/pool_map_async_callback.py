import multiprocessing

def inc(x):
    return x + 1

if __name__ == "__main__":
    got = []
    with multiprocessing.Pool(2) as pool:
        r = pool.map_async(inc, range(6), callback=got.append)
        print(r.get(timeout=30))
        r.wait()
        s = pool.starmap_async(pow, [(2, 3), (3, 2)], callback=got.append)
        s.wait()
        print(s.get(), s.ready())
    print(got)
