import multiprocessing

def update(ns, d):
    ns.x = ns.x + 1
    d.update({"a": 1, "b": 2})

if __name__ == "__main__":
    with multiprocessing.Manager() as m:
        ns = m.Namespace()
        ns.x = 10
        d = m.dict()
        p = multiprocessing.Process(target=update, args=(ns, d))
        p.start()
        p.join()
        print(ns.x)
        print(sorted(d.keys()), len(d), "a" in d, "z" in d)
        print(d.pop("a"), sorted(d.items()))
        l = m.list([3, 1, 2])
        l.append(0)
        print(len(l), l[0], l[-1])
        print(l.pop(), list(l))
