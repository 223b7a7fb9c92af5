import multiprocessing


def child(ns):
    ns.from_child = "yes"
    ns._private = 1


if __name__ == "__main__":
    with multiprocessing.Manager() as m:
        ns = m.Namespace()
        ns.zeta = 1
        ns.alpha = "a"
        ns.mid = [1, 2]
        print(ns)
        del ns.alpha
        ns.alpha = 2.5
        ns.Beta = None
        p = multiprocessing.Process(target=child, args=(ns,))
        p.start()
        p.join()
        print(ns)
        print(hasattr(ns, "_private"), ns.from_child)
