import multiprocessing as mp

def square(x):
    return x * x

if __name__ == "__main__":
    with mp.Pool(2) as pool:
        try:
            pool.map(lambda x: x, [1, 2])
        except Exception as e:
            print("map", type(e).__name__ + ":", str(e).split(" <")[0])
        try:
            pool.apply(lambda: 1)
        except Exception as e:
            print("apply", type(e).__name__ + ":", str(e).split(" <")[0])
        try:
            pool.apply_async(lambda: 1).get(timeout=10)
        except Exception as e:
            print("apply_async", type(e).__name__ + ":", str(e).split(" <")[0])
        print("the pool still works:", pool.map(square, [1, 2, 3]))
