import multiprocessing

def add(a, b):
    return a + b

if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(add, (2, 3)))
        r = pool.apply_async(add, (10, 20))
        print(r.get(timeout=10), r.ready(), r.successful())
