from concurrent.futures import ThreadPoolExecutor


def fail(kind):
    if kind == "key":
        return {}["missing"]
    if kind == "index":
        return [][3]
    if kind == "type":
        return "a" + 1
    if kind == "custom":
        raise RuntimeError("custom text")
    return kind


with ThreadPoolExecutor(max_workers=2) as ex:
    fs = {k: ex.submit(fail, k) for k in ("key", "index", "type", "custom", "fine")}
    for k, f in fs.items():
        e = f.exception()
        print(k, type(e).__name__ if e else None, str(e) if e else f.result())
    try:
        fs["custom"].result()
    except RuntimeError as e:
        print("result() raises:", repr(e))
