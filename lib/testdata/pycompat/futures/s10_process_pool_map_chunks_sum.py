from concurrent.futures import ProcessPoolExecutor

def square(x):
    return x * x

if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        print(sum(ex.map(square, range(100), chunksize=10)))
        print(list(ex.map(square, [3, 1, 2])))
        f = ex.submit(square, 12)
        print(f.result(), f.done(), f.cancelled())
