import multiprocessing


def square(x):
    return x * x


def add(a, b):
    return a + b


if __name__ == "__main__":
    pool = multiprocessing.Pool(1)
    print(pool.apply_async(square, (3,)).get())
    pool.close()
    calls = [
        ("apply_async", lambda: pool.apply_async(square, (2,))),
        ("map_async", lambda: pool.map_async(square, [1, 2])),
        ("starmap_async", lambda: pool.starmap_async(add, [(1, 2)])),
        ("imap", lambda: pool.imap(square, [1])),
        ("imap_unordered", lambda: pool.imap_unordered(square, [1])),
        ("apply", lambda: pool.apply(square, (2,))),
        ("starmap", lambda: pool.starmap(add, [(1, 2)])),
    ]
    for name, call in calls:
        try:
            call()
            print(name, "no error at the call")
        except ValueError as e:
            print(name, "raised", repr(e))
    pool.join()
    t = multiprocessing.Pool(1)
    t.terminate()
    try:
        t.apply_async(square, (2,))
    except ValueError as e:
        print("terminated:", e)
