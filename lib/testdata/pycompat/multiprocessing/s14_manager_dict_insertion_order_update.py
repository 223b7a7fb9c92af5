import multiprocessing

if __name__ == "__main__":
    with multiprocessing.Manager() as m:
        d = m.dict()
        for k in ("zeta", "alpha", "mid"):
            d[k] = len(k)
        print(list(d.keys()), d.values(), d.items())
        del d["zeta"]
        d["zeta"] = 0
        d["alpha"] = 99
        print(list(d.keys()), d.copy())
        d.update([("new", 1), ("alpha", 5), ("beta", 2)])
        print(d.items(), len(d))
        d.update({"omega": 9, "gamma": 7})
        print(list(d.keys()))
        try:
            d.update([("bad", 1, 2)])
        except ValueError as e:
            print("ValueError:", e)
        print(d.pop("mid"), d.pop("missing", "default"), list(d.keys()))
        print(str(d))
