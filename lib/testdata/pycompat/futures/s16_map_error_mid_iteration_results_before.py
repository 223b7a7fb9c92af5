from concurrent.futures import ThreadPoolExecutor


def inverse(x):
    return 1 / x


with ThreadPoolExecutor(max_workers=2) as ex:
    seen = []
    try:
        for r in ex.map(inverse, [1, 2, 0, 4]):
            seen.append(r)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    print("results before the error:", seen)
    print("fine again:", list(ex.map(inverse, [4, 5])))
    print("empty:", list(ex.map(inverse, [])))
