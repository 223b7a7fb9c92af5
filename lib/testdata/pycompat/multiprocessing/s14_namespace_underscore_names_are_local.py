import multiprocessing
if __name__ == "__main__":
    with multiprocessing.Manager() as m:
        ns = m.Namespace()
        try:
            del ns._x
        except AttributeError as e:
            print("del:", e)
        try:
            ns._x
        except AttributeError as e:
            print("get:", e)
        print(getattr(ns, "_x", "dflt"), hasattr(ns, "_x"))
        ns._x = 5
        print(ns._x, hasattr(ns, "_x"), ns)
        del ns._x
        print(hasattr(ns, "_x"))
