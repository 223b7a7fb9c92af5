import multiprocessing

def add(a, b):
    return a + b

def fail():
    raise ValueError("nope")

if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        r = pool.apply_async(add, (2, 3))
        print(r.get(timeout=10))
        print(r.ready(), r.successful())
        print(pool.apply(add, (10, 20)))
        e = pool.apply_async(fail)
        try:
            e.get()
        except ValueError as err:
            print("ValueError:", err)
        print(e.successful())
