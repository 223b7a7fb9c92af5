from concurrent.futures import ThreadPoolExecutor


def check(n):
    if n == 3:
        raise ValueError("bad item %d" % n)
    return n * 2


with ThreadPoolExecutor(max_workers=2) as ex:
    seen = []
    try:
        for r in ex.map(check, range(6)):
            seen.append(r)
    except ValueError as e:
        print("ValueError:", e)
    print(seen)
