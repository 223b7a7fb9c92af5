from concurrent.futures import ThreadPoolExecutor, wait

def boom(kind):
    if kind == "key":
        raise KeyError("missing")
    if kind == "type":
        raise TypeError("bad type")
    return kind

with ThreadPoolExecutor(2) as ex:
    fs = [ex.submit(boom, k) for k in ("ok", "key", "type")]
    wait(fs)
    for f in fs:
        e = f.exception()
        print(type(e).__name__, str(e))
