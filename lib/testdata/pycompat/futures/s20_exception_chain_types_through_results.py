from concurrent.futures import ThreadPoolExecutor


def parse(s):
    return int(s)


def lookup(d, k):
    return d[k]


def index(xs, i):
    return xs[i]


with ThreadPoolExecutor(2) as ex:
    fs = [ex.submit(parse, "12"), ex.submit(parse, "x1"), ex.submit(lookup, {"a": 1}, "b"), ex.submit(index, [1], 5), ex.submit(lookup, {"a": 1}, "a")]
    for f in fs:
        e = f.exception()
        if e is None:
            print("ok", f.result())
        else:
            print(type(e).__name__ + ":", e)
