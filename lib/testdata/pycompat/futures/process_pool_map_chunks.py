from concurrent.futures import ProcessPoolExecutor

def cube(x):
    return x * x * x

if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(cube, range(10), chunksize=3)))
        print(list(ex.map(cube, [])))
