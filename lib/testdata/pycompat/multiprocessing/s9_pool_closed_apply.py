import multiprocessing

def f(x):
    return x

if __name__ == "__main__":
    pool = multiprocessing.Pool(1)
    print(pool.apply(f, (1,)))
    pool.close()
    try:
        pool.apply(f, (2,))
    except ValueError as e:
        print("ValueError:", e)
    pool.join()
    print("joined")
