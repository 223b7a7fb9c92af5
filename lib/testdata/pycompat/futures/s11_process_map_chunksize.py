import concurrent.futures as cf

def check(x):
    if x == 4:
        raise ValueError("bad %d" % x)
    return x * 10

if __name__ == "__main__":
    with cf.ProcessPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(check, [0, 1, 2, 3], chunksize=2)))
        got = []
        try:
            for r in ex.map(check, range(8), chunksize=3):
                got.append(r)
        except ValueError as e:
            print("ValueError:", e, "after", got)
        got = []
        try:
            for r in ex.map(check, range(8)):
                got.append(r)
        except ValueError as e:
            print("ValueError:", e, "after", got)
        try:
            ex.map(check, [1], chunksize=0)
        except ValueError as e:
            print("ValueError:", e)
