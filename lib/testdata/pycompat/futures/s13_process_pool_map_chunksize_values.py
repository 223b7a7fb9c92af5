from concurrent.futures import ProcessPoolExecutor

def square(x):
    return x * x

if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        for cs in (1, 3, 10, 100):
            print(cs, list(ex.map(square, range(10), chunksize=cs)))
        print(list(ex.map(square, [], chunksize=4)))
        try:
            ex.map(square, range(3), chunksize=0)
        except ValueError as e:
            print(type(e).__name__ + ":", e)
