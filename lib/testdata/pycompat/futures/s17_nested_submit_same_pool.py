from concurrent.futures import ThreadPoolExecutor

ex = ThreadPoolExecutor(2)

def inner(x):
    return x + 1

def outer(x):
    return ex.submit(inner, x * 10).result(timeout=30)

print([ex.submit(outer, i).result(timeout=30) for i in range(3)])
ex.shutdown()
