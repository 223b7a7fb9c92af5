from concurrent.futures import ThreadPoolExecutor


def label(n):
    return "%d^2=%d" % (n, n * n)


with ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(label, range(6))))
    print(list(ex.map(lambda a, b: a + b, [1, 2, 3], [10, 20, 30, 40])))
    print(list(ex.map(label, [])))
