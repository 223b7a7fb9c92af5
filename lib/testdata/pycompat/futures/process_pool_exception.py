from concurrent.futures import ProcessPoolExecutor

def check(x):
    if x < 0:
        raise ValueError("negative: %d" % x)
    return x

if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as ex:
        ok = ex.submit(check, 4)
        bad = ex.submit(check, -2)
        print(ok.result(), ok.exception())
        print(str(bad.exception()))
        try:
            bad.result()
        except ValueError as e:
            print("ValueError:", e)
