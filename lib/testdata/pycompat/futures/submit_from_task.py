from concurrent.futures import ThreadPoolExecutor

ex = ThreadPoolExecutor(max_workers=2)

def inner(x):
    return x + 1

def outer(x):
    return ex.submit(inner, x * 10).result()

print(ex.submit(outer, 4).result())
ex.shutdown()
