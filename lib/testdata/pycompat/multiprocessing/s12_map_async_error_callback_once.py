import multiprocessing

def inv(x):
    return 10 // x

if __name__ == "__main__":
    calls = []
    with multiprocessing.Pool(2) as pool:
        r = pool.map_async(inv, [5, 2, 0, 1], callback=lambda v: calls.append(("ok", v)), error_callback=lambda e: calls.append(("err", type(e).__name__, str(e))))
        r.wait()
        print(r.ready(), r.successful())
        try:
            r.get()
        except ZeroDivisionError as e:
            print("get raised", e)
        r2 = pool.map_async(inv, [5, 2], callback=lambda v: calls.append(("ok", v)))
        r2.wait()
    print(calls)
