import multiprocessing


def area(w, h):
    return w * h


if __name__ == "__main__":
    with multiprocessing.Pool(2) as p:
        r = p.starmap_async(area, [(2, 3), (4, 5), (6, 7)])
        print(r.get(timeout=20), r.ready(), r.successful())
        print(p.apply(area, (8, 9)), p.apply_async(area, (1, 1)).get(timeout=20))
        print(p.map(abs, [-3, 0, 3]))
