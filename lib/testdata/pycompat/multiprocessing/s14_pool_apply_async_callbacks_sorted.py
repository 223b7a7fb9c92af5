import multiprocessing


def risky(x):
    if x % 3 == 0:
        raise ValueError("multiple of three: %d" % x)
    return x * x


if __name__ == "__main__":
    good, bad = [], []
    with multiprocessing.Pool(2) as pool:
        rs = [pool.apply_async(risky, (x,), callback=good.append, error_callback=lambda e: bad.append(str(e)))
              for x in range(1, 8)]
        for r in rs:
            r.wait()
        print([r.successful() for r in rs])
        try:
            rs[2].get()
        except ValueError as e:
            print("get:", e)
        print(rs[0].get(timeout=5))
    print(sorted(good))
    print(sorted(bad))
