import multiprocessing


def risky(x):
    if x % 3 == 0:
        raise ValueError(f"no multiples of 3: {x}")
    return x * 10


if __name__ == "__main__":
    good, bad = [], []
    with multiprocessing.Pool(3) as pool:
        rs = [pool.apply_async(risky, (x,), callback=good.append, error_callback=lambda e: bad.append(str(e)))
              for x in range(1, 8)]
        for r in rs:
            r.wait()
        print([r.successful() for r in rs])
        print([r.ready() for r in rs])
    print(sorted(good))
    print(sorted(bad))
    try:
        rs[2].get()
    except ValueError as e:
        print("get:", type(e).__name__, e)
