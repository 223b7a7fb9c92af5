import multiprocessing as mp

def fill(d):
    d.update({"a": 1, "b": 2})
    d["c"] = [1, 2]
    d["a"] += 10

if __name__ == "__main__":
    with mp.Manager() as m:
        d = m.dict()
        p = mp.Process(target=fill, args=(d,))
        p.start()
        p.join()
        print(sorted(d.items()), len(d), "a" in d, d.get("zz"), d.get("zz", "default"))
        print(d.pop("b"), sorted(d.keys()))
        try:
            d["nope"]
        except KeyError as e:
            print(type(e).__name__ + ":", e)
