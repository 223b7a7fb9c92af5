import concurrent.futures as cf

def fail(kind):
    if kind == "value":
        raise ValueError("bad value")
    if kind == "zero":
        return 1 // 0
    if kind == "key":
        return {}["missing"]
    return kind

with cf.ThreadPoolExecutor(max_workers=2) as ex:
    fs = [ex.submit(fail, k) for k in ("value", "zero", "key", "fine")]
    for f in fs:
        e = f.exception()
        print(type(e).__name__ if e else None, str(e) if e else f.result())
