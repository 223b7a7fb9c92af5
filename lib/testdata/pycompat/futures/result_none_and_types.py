from concurrent.futures import ThreadPoolExecutor

with ThreadPoolExecutor() as ex:
    f = ex.submit(lambda: None)
    print(f.result(), f.exception(), f.done())
    g = ex.submit(lambda: [1, "two", 3.0])
    print(g.result())
    h = ex.submit(lambda: {"k": (1, 2)})
    print(h.result()["k"][1])
