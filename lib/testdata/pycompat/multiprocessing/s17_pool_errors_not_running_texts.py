import multiprocessing as mp


def sq(x):
    return x * x


def show(g):
    try:
        print(repr(g()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


if __name__ == "__main__":
    show(lambda: mp.Pool(-1))
    p = mp.Pool(2)
    show(p.join)
    print(p.map(sq, [1, 2, 3], chunksize=2))
    p.close()
    show(lambda: p.map(sq, [1]))
    show(lambda: p.apply(sq, (2,)))
    show(lambda: p.apply_async(sq, (2,)))
    show(lambda: p.imap_unordered(sq, [1]))
    show(lambda: p.starmap(pow, [(2, 3)]))
    p.join()
    print("joined")
