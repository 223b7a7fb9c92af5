from concurrent.futures import ThreadPoolExecutor


def boom(kind):
    if kind == "key":
        raise KeyError("k")
    if kind == "type":
        raise TypeError("wrong type")
    if kind == "runtime":
        raise RuntimeError("bad state")
    return "fine"


with ThreadPoolExecutor(2) as ex:
    fs = {k: ex.submit(boom, k) for k in ("key", "type", "runtime", "none")}
    for k, f in fs.items():
        e = f.exception()
        print(k, type(e).__name__, e if e is None else str(e))
