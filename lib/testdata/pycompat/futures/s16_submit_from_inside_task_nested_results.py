from concurrent.futures import ThreadPoolExecutor

ex = ThreadPoolExecutor(max_workers=4)


def leaf(x):
    return x * 2


def parent(n):
    children = [ex.submit(leaf, i) for i in range(n)]
    return sum(c.result() for c in children)


print([ex.submit(parent, n).result() for n in (1, 3, 5)])
ex.shutdown()
