import multiprocessing

def cube(x):
    return x ** 3

if __name__ == "__main__":
    results = []
    with multiprocessing.Pool(3) as pool:
        rs = [pool.apply_async(cube, (i,), callback=results.append) for i in range(8)]
        values = [r.get() for r in rs]
    print(values)
    print(sorted(results) == values, len(results))
