import multiprocessing

def square(x):
    return x * x

def fail(x):
    raise ValueError("bad %d" % x)

if __name__ == "__main__":
    got = []
    with multiprocessing.Pool(2) as pool:
        r1 = pool.apply_async(square, (7,), callback=lambda v: got.append(("ok", v)))
        r2 = pool.apply_async(fail, (3,), callback=lambda v: got.append(("never", v)),
                              error_callback=lambda e: got.append(("err", type(e).__name__, str(e))))
        r1.wait()
        r2.wait()
        print(r1.get(), r1.successful(), r2.successful())
    print(sorted(got))
