import multiprocessing, os

def who(i):
    return multiprocessing.current_process().name, os.getpid()

if __name__ == "__main__":
    with multiprocessing.Pool(1, maxtasksperchild=2) as pool:
        rs = [pool.apply(who, (i,)) for i in range(5)]
        print([n for n, _ in rs], len({p for _, p in rs}))
        print(len(pool.map(who, range(4), chunksize=1)))
    try:
        multiprocessing.Pool(1, maxtasksperchild=-1)
    except ValueError as e:
        print("ValueError:", e)
