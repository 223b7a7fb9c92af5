from concurrent.futures import ProcessPoolExecutor
import re

def double(x):
    return x * 2

def short(x):
    return re.sub(r" at 0x[0-9a-f]+", "", repr(x))

if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as ex:
        f = ex.submit(lambda x: x * 2, 3)
        try:
            f.result()
        except Exception as e:
            print(type(e).__name__ + ":", str(e).split(" <")[0], "...")
        print(f.done(), f.cancelled(), short(f))
        print("a top-level function works:", ex.submit(double, 21).result())
