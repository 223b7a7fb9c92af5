from concurrent.futures import ThreadPoolExecutor
def boom(kind):
    if kind == "index":
        return [][1]
    if kind == "type":
        return 1 + "a"
    if kind == "attr":
        return None.missing
    raise RuntimeError(kind)
with ThreadPoolExecutor() as ex:
    for kind in ["index", "type", "attr", "custom"]:
        e = ex.submit(boom, kind).exception()
        print(type(e).__name__ + ":", e)
