import concurrent.futures as cf

def check(x):
    if x == 2:
        raise ValueError("bad %d" % x)
    return x

with cf.ThreadPoolExecutor(max_workers=2) as ex:
    got = []
    try:
        for r in ex.map(check, range(5)):
            got.append(r)
    except ValueError as e:
        print("ValueError:", e, "after", got)
