import multiprocessing

if __name__ == "__main__":
    with multiprocessing.Manager() as m:
        d = m.dict(a=1)
        try:
            d["missing"]
        except KeyError as e:
            print("KeyError:", e)
        try:
            d.pop("missing")
        except KeyError as e:
            print("KeyError:", e)
        print(d.pop("missing", "dflt"), d.get("missing", 0), d.setdefault("b", 2), d)
