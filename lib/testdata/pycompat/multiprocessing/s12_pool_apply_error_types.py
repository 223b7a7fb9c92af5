import multiprocessing

def risky(kind):
    if kind == "key":
        return {}["missing"]
    if kind == "value":
        raise ValueError("bad value")
    if kind == "zero":
        return 1 / 0
    return "fine"

if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        for kind in ["fine", "key", "value", "zero"]:
            try:
                print(pool.apply(risky, (kind,)))
            except Exception as e:
                print(type(e).__name__, e)
