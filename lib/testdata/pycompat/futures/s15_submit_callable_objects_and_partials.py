import functools
from concurrent.futures import ThreadPoolExecutor


class Multiplier:
    def __init__(self, k):
        self.k = k

    def __call__(self, x):
        return self.k * x

    def add(self, x, y=0):
        return self.k + x + y


m = Multiplier(3)
with ThreadPoolExecutor(2) as ex:
    print(ex.submit(m, 5).result())
    print(ex.submit(m.add, 1, y=10).result())
    print(ex.submit(functools.partial(pow, 2), 8).result())
    print(list(ex.map(m, [1, 2, 3])))
    print(ex.submit(sorted, [3, 1, 2], reverse=True).result())
