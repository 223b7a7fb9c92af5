import multiprocessing

if __name__ == "__main__":
    with multiprocessing.Manager() as m:
        ns = m.Namespace()
        ns.a = 1
        ns.b = "x"
        ns.c = 2.5
        ns.d = None
        print(ns)
        l = m.list([1, "a", 2.5, True, None])
        print(l)
        l.append([1, 2])
        print(l)
        d = m.dict()
        d["k"] = 1
        d["s"] = "v"
        print(d)
