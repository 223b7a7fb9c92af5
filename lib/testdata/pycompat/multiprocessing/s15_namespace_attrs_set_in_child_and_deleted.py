import multiprocessing


def child(ns):
    ns.result = ns.x * 2
    ns.tag = "from child"
    del ns.x


if __name__ == "__main__":
    with multiprocessing.Manager() as m:
        ns = m.Namespace()
        ns.x = 21
        p = multiprocessing.Process(target=child, args=(ns,))
        p.start()
        p.join()
        print(ns.result, ns.tag, hasattr(ns, "x"))
        try:
            ns.x
        except AttributeError as e:
            print("AttributeError:", e)
