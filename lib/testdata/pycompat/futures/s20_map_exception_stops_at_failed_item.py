from concurrent.futures import ThreadPoolExecutor

def f(x):
    if x == 3:
        raise ValueError("three")
    return x * 2

with ThreadPoolExecutor(2) as ex:
    got = []
    try:
        for r in ex.map(f, range(6)):
            got.append(r)
    except ValueError as e:
        print("ValueError:", e, got)
    try:
        list(ex.map(f, [3, 1]))
    except ValueError as e:
        print("ValueError:", e)
    print(list(ex.map(f, [0, 1, 2])))
