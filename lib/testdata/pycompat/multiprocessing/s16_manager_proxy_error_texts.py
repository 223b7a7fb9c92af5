import multiprocessing as mp

if __name__ == "__main__":
    with mp.Manager() as m:
        d = m.dict(a=1)
        l = m.list([10, 20, 30])
        for name, call in (
            ("dict missing", lambda: d["zz"]),
            ("list index", lambda: l[7]),
            ("list pop", lambda: l.pop(9)),
            ("list index()", lambda: l.index(99)),
            ("list remove", lambda: l.remove(99)),
        ):
            try:
                call()
            except (KeyError, IndexError, ValueError) as e:
                print(name, type(e).__name__, e)
        print(d.get("zz"), d.get("zz", "dflt"), d.pop("a"), d.pop("a", None), len(d))
        print(l[-1], l.pop(), l[:], l.count(10), l.index(20))
