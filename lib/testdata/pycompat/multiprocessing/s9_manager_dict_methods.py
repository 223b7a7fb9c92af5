import multiprocessing

if __name__ == "__main__":
    with multiprocessing.Manager() as m:
        d = m.dict()
        d.update({"a": 1, "b": 2})
        d["c"] = 3
        print(d, len(d), "a" in d, d.get("z"), d.get("a"))
        print(d.pop("b"), d.keys(), d.values(), d.items())
        del d["a"]
        print(d.copy())
        d.clear()
        print(d, len(d))
