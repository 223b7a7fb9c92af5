import multiprocessing as mp


def div(a, b):
    return a // b


if __name__ == "__main__":
    with mp.Pool(2) as p:
        r = p.starmap_async(div, [(10, 2), (9, 3), (8, 4)])
        print(r.get(30), r.successful())
        r = p.starmap_async(div, [(1, 1), (1, 0)])
        try:
            r.get(30)
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e, r.successful())
        print(p.starmap(div, [(7, 7)], chunksize=1))
