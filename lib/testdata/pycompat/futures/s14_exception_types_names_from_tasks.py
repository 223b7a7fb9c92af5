from concurrent.futures import ThreadPoolExecutor


def boom(kind):
    if kind == "key":
        return {}["missing"]
    if kind == "index":
        return [][3]
    if kind == "zero":
        return 1 // 0
    if kind == "type":
        return "a" + 1
    return "fine"


with ThreadPoolExecutor(max_workers=2) as ex:
    for kind in ("key", "index", "zero", "type", "ok"):
        f = ex.submit(boom, kind)
        e = f.exception()
        print(kind, type(e).__name__ if e else None, str(e) if e else f.result())
