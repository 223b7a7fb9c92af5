from concurrent.futures import ThreadPoolExecutor

def bad(kind):
    if kind == "key":
        return {}["missing"]
    if kind == "index":
        return [][3]
    if kind == "type":
        return 1 + "a"
    raise RuntimeError("custom")

with ThreadPoolExecutor(max_workers=2) as ex:
    fs = [ex.submit(bad, k) for k in ("key", "index", "type", "runtime")]
    for f in fs:
        e = f.exception()
        print(type(e).__name__ + ":", e)
