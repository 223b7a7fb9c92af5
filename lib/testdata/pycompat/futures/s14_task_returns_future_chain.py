from concurrent.futures import Future, ThreadPoolExecutor


def make_future(v):
    f = Future()
    f.set_result(v * 3)
    return f


with ThreadPoolExecutor(max_workers=2) as ex:
    outer = ex.submit(make_future, 14)
    inner = outer.result()
    print(type(inner).__name__, inner.done(), inner.result())
    chained = ex.submit(lambda: ex.submit(pow, 3, 4).result() + 1)
    print(chained.result())
