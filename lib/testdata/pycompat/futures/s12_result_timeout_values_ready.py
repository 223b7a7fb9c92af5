from concurrent.futures import ThreadPoolExecutor
with ThreadPoolExecutor() as ex:
    f = ex.submit(sum, [1, 2, 3])
    print(f.result(timeout=10), f.result(timeout=0), f.result())
    g = ex.submit(divmod, 17, 5)
    print(g.result(), g.exception(timeout=0))
