import multiprocessing as mp


def half(x):
    if x % 2:
        raise ValueError("odd %d" % x)
    return x // 2


if __name__ == "__main__":
    oks, errs = [], []
    with mp.Pool(2) as p:
        rs = [p.apply_async(half, (i,), callback=oks.append, error_callback=lambda e: errs.append(str(e))) for i in range(6)]
        for r in rs:
            r.wait(30)
        got = []
        mr = p.map_async(half, [0, 2, 4], callback=got.append)
        mr.wait(30)
        bad = []
        mr2 = p.map_async(half, [0, 1, 2, 4], error_callback=lambda e: bad.append(str(e)))
        mr2.wait(30)
    print(sorted(oks), sorted(errs))
    print(got, bad, mr2.successful())
