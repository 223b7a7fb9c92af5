from concurrent.futures import ThreadPoolExecutor


def fail(n):
    raise LookupError("missing %d" % n)


with ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(fail, 7)
    e1 = f.exception()
    e2 = f.exception()
    print(e1 is e2, str(e1))
    try:
        f.result()
    except LookupError as e:
        print("result raises the same:", e is e1)
    g = ex.submit(fail, 8)
    print(str(g.exception()) != str(e1))
