from concurrent.futures import ThreadPoolExecutor

with ThreadPoolExecutor(max_workers=4) as ex:
    def outer(n):
        return sum(ex.submit(lambda i=i: i * n).result() for i in range(3))
    fs = [ex.submit(outer, n) for n in (1, 2)]
    print([f.result() for f in fs])
