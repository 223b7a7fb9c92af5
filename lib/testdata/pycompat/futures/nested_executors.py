from concurrent.futures import ThreadPoolExecutor

def outer(n):
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="inner%d" % n) as inner:
        return sum(inner.map(lambda x: x * n, range(4)))

with ThreadPoolExecutor(max_workers=2, thread_name_prefix="outer") as ex:
    print(list(ex.map(outer, [1, 2, 3])))
