from concurrent.futures import ThreadPoolExecutor

def check(n):
    if n == 3:
        raise ValueError(f"bad {n}")
    return n

with ThreadPoolExecutor(max_workers=2) as ex:
    got = []
    try:
        for r in ex.map(check, range(6)):
            got.append(r)
    except ValueError as e:
        print("stopped:", e, got)
