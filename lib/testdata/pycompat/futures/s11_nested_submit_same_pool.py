import concurrent.futures as cf

ex = cf.ThreadPoolExecutor(max_workers=4)
def leaf(x):
    return x + 1
def parent(x):
    return sum(f.result() for f in [ex.submit(leaf, x), ex.submit(leaf, x * 10)])
fs = [ex.submit(parent, i) for i in (1, 2)]
print([f.result() for f in fs])
ex.shutdown()
