import multiprocessing

if __name__ == "__main__":
    with multiprocessing.Manager() as m:
        d = m.dict({"a": 1})
        d.update({"b": 2, "c": 3})
        print(d.setdefault("a", 100), d.setdefault("z", 26))
        print(d.pop("b"), d.pop("missing", "dflt"), len(d))
        print(sorted(d.keys()), sorted(d.values()), "c" in d, d.get("q"))
        try:
            d["nope"]
        except KeyError as e:
            print("KeyError:", e)
        d.clear()
        print(len(d), d.copy())
