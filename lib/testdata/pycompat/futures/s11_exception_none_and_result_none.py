import concurrent.futures as cf

with cf.ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(print, "side effect")
    print(f.result(), f.exception())
    g = ex.submit(lambda: [])
    print(g.result(), g.exception(), g.done())
