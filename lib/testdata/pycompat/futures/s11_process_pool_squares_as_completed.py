import concurrent.futures as cf

def cube(n):
    return n ** 3

if __name__ == "__main__":
    with cf.ProcessPoolExecutor(max_workers=2) as ex:
        fs = {ex.submit(cube, n): n for n in range(1, 6)}
        out = sorted((fs[f], f.result()) for f in cf.as_completed(fs))
        print(out)
        print(list(ex.map(cube, [7, 8])))
