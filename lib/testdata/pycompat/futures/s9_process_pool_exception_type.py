from concurrent.futures import ProcessPoolExecutor

def check(x):
    if x < 0:
        raise ValueError("negative: %d" % x)
    return x

if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as ex:
        f = ex.submit(check, -3)
        e = f.exception()
        print(type(e).__name__ + ":", e)
        print(ex.submit(check, 3).result())
