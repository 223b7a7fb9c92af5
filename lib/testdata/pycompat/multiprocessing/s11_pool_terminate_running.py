import multiprocessing, time

def slow(x):
    time.sleep(30)
    return x

if __name__ == "__main__":
    pool = multiprocessing.Pool(2)
    r = pool.map_async(slow, [1, 2])
    print(r.ready())
    pool.terminate()
    pool.join()
    print("terminated", r.ready())
    try:
        pool.apply_async(slow, (1,))
    except ValueError as e:
        print("ValueError:", e)
