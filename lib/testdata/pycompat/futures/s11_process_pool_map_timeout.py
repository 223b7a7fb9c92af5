import concurrent.futures as cf

def double(x):
    return 2 * x

if __name__ == "__main__":
    with cf.ProcessPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(double, [1, 2, 3], timeout=60)))
        print(list(ex.map(double, [], timeout=0)))
        it = ex.map(double, range(5), timeout=30)
        print(next(it), next(it), list(it))
