import multiprocessing


def double(x):
    return 2 * x


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(double, [1, 2, 3]))
    for name, call in [("map", lambda: pool.map(double, [1])), ("apply", lambda: pool.apply(double, (1,))),
                       ("apply_async", lambda: pool.apply_async(double, (1,)))]:
        try:
            call()
        except ValueError as e:
            print(name, "ValueError:", e)
    p2 = multiprocessing.Pool(1)
    p2.close()
    try:
        p2.map(double, [1])
    except ValueError as e:
        print("closed:", e)
    p2.join()
