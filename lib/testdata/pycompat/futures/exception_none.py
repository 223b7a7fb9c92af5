from concurrent.futures import ThreadPoolExecutor

with ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(lambda: None)
    print(f.result(), f.exception())
    g = ex.submit(print, "printed by a worker")
    print(g.result())
