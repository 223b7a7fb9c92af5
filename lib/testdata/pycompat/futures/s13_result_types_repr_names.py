import concurrent.futures as cf, re

def short(f):
    return re.sub(r" at 0x[0-9a-f]+", "", repr(f))

values = [7, "seven", [7], {"n": 7}, None, 7.5, True]
with cf.ThreadPoolExecutor(max_workers=2) as ex:
    fs = [ex.submit(lambda v=v: v) for v in values]
    cf.wait(fs)
    for f in fs:
        print(short(f), repr(f.result()))
