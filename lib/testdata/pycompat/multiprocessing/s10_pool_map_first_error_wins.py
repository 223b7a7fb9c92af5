import multiprocessing

def check(x):
    if x in (3, 7):
        raise ValueError("bad item %d" % x)
    return x

if __name__ == "__main__":
    with multiprocessing.Pool(1) as pool:
        try:
            pool.map(check, range(10))
        except ValueError as e:
            print("ValueError:", e)
        r = pool.map_async(check, [1, 7, 2])
        r.wait()
        print(r.ready(), r.successful())
        try:
            r.get()
        except ValueError as e:
            print("ValueError:", e)
        print(pool.map(check, [0, 1, 2]))
