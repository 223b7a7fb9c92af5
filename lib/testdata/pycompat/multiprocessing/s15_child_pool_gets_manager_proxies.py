import multiprocessing


def add(d, k):
    d[k] = k * k
    return k


def child(d, lst):
    with multiprocessing.Pool(2) as pool:
        print(sorted(pool.starmap(add, [(d, i) for i in range(4)])))
    lst.append(len(d))


if __name__ == "__main__":
    with multiprocessing.Manager() as m:
        d = m.dict()
        lst = m.list()
        p = multiprocessing.Process(target=child, args=(d, lst))
        p.start()
        p.join()
        print(p.exitcode, sorted(d.items()), list(lst))
