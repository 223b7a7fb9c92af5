import multiprocessing

if __name__ == "__main__":
    with multiprocessing.Manager() as m:
        ns = m.Namespace()
        ns.x = 1
        ns.y = "two"
        del ns.x
        print(hasattr(ns, "x"), ns.y)
        try:
            del ns.x
        except AttributeError as e:
            print("AttributeError:", e)
        try:
            del ns.never
        except AttributeError as e:
            print("AttributeError:", e)
        print(getattr(ns, "x", "default"))
