import multiprocessing

def double(x):
    return 2 * x

if __name__ == "__main__":
    collected = []
    with multiprocessing.Pool(2) as pool:
        r = pool.map_async(double, [1, 2, 3], callback=collected.append)
        r.wait()
        print(r.ready(), r.successful(), r.get())
    print(collected)
