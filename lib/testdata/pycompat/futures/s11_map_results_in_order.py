import concurrent.futures as cf, time

def work(x):
    time.sleep(0.03 * (5 - x))
    return x * x

with cf.ThreadPoolExecutor(max_workers=5) as ex:
    print(list(ex.map(work, range(5))))
    print(list(ex.map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
