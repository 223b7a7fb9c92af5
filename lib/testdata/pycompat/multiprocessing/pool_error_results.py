import multiprocessing

def inv(x):
    if x == 0:
        raise ZeroDivisionError("division by zero")
    return 12 // x

if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        r = pool.apply_async(inv, (0,))
        r.wait()
        print(r.ready(), r.successful())
        try:
            r.get()
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)
        m = pool.map_async(inv, [1, 0, 3])
        m.wait()
        print(m.successful())
        try:
            m.get()
        except ZeroDivisionError as e:
            print("map ZeroDivisionError:", e)
        print(pool.map(inv, [1, 2, 3, 4]))
