import multiprocessing


def inverse(x):
    return 100 // x


if __name__ == "__main__":
    got = []
    errors = []
    with multiprocessing.Pool(2) as pool:
        ok = pool.map_async(inverse, [1, 2, 4, 5], callback=got.append, error_callback=errors.append)
        ok.wait()
        bad = pool.map_async(inverse, [1, 0, 4], callback=got.append, error_callback=lambda e: errors.append(type(e).__name__ + ": " + str(e)))
        bad.wait()
        print(ok.successful(), bad.successful())
        print(got)
        print(errors)
        try:
            bad.get()
        except ZeroDivisionError as e:
            print("get:", e)
