import multiprocessing, os

def info(x):
    return x, os.getpid() != PARENT

PARENT = os.getpid()

if __name__ == "__main__":
    with multiprocessing.Pool(processes=3) as pool:
        print(pool.apply(info, (5,)))
        rs = [pool.apply_async(info, (i,)) for i in range(6)]
        print([r.get(timeout=30) for r in rs])
        print(pool.map(abs, [-1, -2, 3]))
