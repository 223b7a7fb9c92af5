import multiprocessing

def f(x):
    return x

if __name__ == "__main__":
    pool = multiprocessing.Pool(1)
    print(pool.map(f, [1, 2]))
    pool.close()
    for call in (lambda: pool.map(f, [1]), lambda: pool.apply_async(f, (1,)), lambda: pool.apply(f, (1,))):
        try:
            call()
        except ValueError as e:
            print("ValueError:", e)
    pool.join()
    p2 = multiprocessing.Pool(1)
    p2.terminate()
    try:
        p2.map(f, [1])
    except ValueError as e:
        print("ValueError:", e)
