import multiprocessing

def inc(x):
    return x + 1

if __name__ == "__main__":
    pool = multiprocessing.Pool(2)
    try:
        pool.join()
    except ValueError as e:
        print("ValueError:", e)
    r = pool.map_async(inc, range(5))
    pool.close()
    try:
        pool.apply(inc, (1,))
    except ValueError as e:
        print("ValueError:", e)
    pool.join()
    print(r.get())
    pool.terminate()
    print("terminated")
