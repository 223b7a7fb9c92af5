import multiprocessing as mp


def div(a, b):
    return a // b


if __name__ == "__main__":
    errs = []
    oks = []
    with mp.Pool(2) as p:
        rs = [p.apply_async(div, (10, b), callback=oks.append, error_callback=lambda e: errs.append((type(e).__name__, str(e)))) for b in (2, 0, 5)]
        for r in rs:
            r.wait(30)
        print(sorted(oks), errs)
        print([r.successful() for r in rs])
        try:
            rs[1].get()
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)
