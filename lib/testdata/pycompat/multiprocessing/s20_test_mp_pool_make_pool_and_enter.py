# After CPython's Lib/test/_test_multiprocessing.py _TestPool.test_make_pool,
# test_enter and test_empty_iterable.
import multiprocessing as mp


def sqr(x):
    return x * x


if __name__ == "__main__":
    for n in (-1, 0):
        try:
            mp.Pool(n)
        except ValueError as e:
            print("ValueError:", e)
    p = mp.Pool(3)
    print(p._processes)
    p.terminate()
    p.join()
    pool = mp.Pool(1)
    with pool:
        print(pool.apply(sqr, (4,)), pool.map(sqr, []), list(pool.imap(sqr, [])), list(pool.imap_unordered(sqr, [])), pool.map_async(sqr, []).get())
    try:
        pool.apply(sqr, (2,))
    except ValueError as e:
        print("ValueError:", e)
    pool.join()
