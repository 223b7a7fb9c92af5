from concurrent.futures import ThreadPoolExecutor

with ThreadPoolExecutor() as ex:
    f = ex.submit(lambda: 7)
    print(f.exception(), f.result())
    g = ex.submit(lambda: None)
    print(g.result(), g.exception())
