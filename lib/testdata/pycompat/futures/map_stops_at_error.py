from concurrent.futures import ThreadPoolExecutor

def check(x):
    if x == "bad":
        raise ValueError("invalid literal: %r" % x)
    return int(x)

with ThreadPoolExecutor(max_workers=2) as ex:
    results = ex.map(check, ["1", "2", "bad", "4"])
    got = []
    try:
        for r in results:
            got.append(r)
    except ValueError as e:
        print("ValueError:", e)
    print(got)
    print(list(ex.map(check, ["7", "8"])))
