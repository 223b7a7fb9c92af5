import multiprocessing


def worker(i, d, lst, ns, lock):
    d[f"k{i}"] = i * i
    lst.append(i)
    with lock:
        ns.count += 1
        ns.names = ns.names + [f"w{i}"]


if __name__ == "__main__":
    with multiprocessing.Manager() as m:
        d, lst, ns, lock = m.dict(), m.list(), m.Namespace(), m.Lock()
        ns.count = 0
        ns.names = []
        ps = [multiprocessing.Process(target=worker, args=(i, d, lst, ns, lock)) for i in range(4)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print(sorted(d.items()))
        print(sorted(lst), len(lst))
        print(ns.count, sorted(ns.names))
        print(dict(sorted(d.items())) == {"k0": 0, "k1": 1, "k2": 4, "k3": 9})
