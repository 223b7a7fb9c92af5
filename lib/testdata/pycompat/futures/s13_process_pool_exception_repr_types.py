from concurrent.futures import ProcessPoolExecutor, wait
import re

def divide(a, b):
    return a // b

def short(f):
    return re.sub(r" at 0x[0-9a-f]+", "", repr(f))

if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        fs = [ex.submit(divide, 7, 2), ex.submit(divide, 1, 0)]
        wait(fs)
        for f in fs:
            e = f.exception()
            print(short(f), type(e).__name__ if e else None, e)
