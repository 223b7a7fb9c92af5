from concurrent.futures import ThreadPoolExecutor

def maybe(i):
    if i % 2:
        raise RuntimeError("odd %d" % i)
    return i

with ThreadPoolExecutor(max_workers=1) as ex:
    fs = [ex.submit(maybe, i) for i in range(6)]
    print([("err", str(f.exception())) if f.exception() else ("ok", f.result()) for f in fs])
    print(ex.submit(maybe, 10).result())
