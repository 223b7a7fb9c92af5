import re
from concurrent.futures import ThreadPoolExecutor

def raise_(e):
    raise e

mask = lambda f: re.sub(r" at 0x[0-9a-f]+", "", repr(f))
with ThreadPoolExecutor(1) as ex:
    fs = [ex.submit(raise_, e) for e in (KeyError("k"), IndexError("i"), TypeError("t"), RuntimeError("r"))]
    fs.append(ex.submit(lambda: {"a": 1}))
    fs.append(ex.submit(lambda: None))
    fs.append(ex.submit(lambda: 2.5))
    for f in fs:
        f.exception()
    for f in fs:
        print(mask(f))
