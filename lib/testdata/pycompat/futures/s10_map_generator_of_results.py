from concurrent.futures import ThreadPoolExecutor

def risky(x):
    if x == 3:
        raise ZeroDivisionError("division by zero")
    return 10 // (4 - x) if x != 4 else 0

with ThreadPoolExecutor(max_workers=2) as ex:
    out = []
    try:
        for r in ex.map(risky, range(6)):
            out.append(r)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    print(out)
    print(list(ex.map(str.upper, ["a", "b"])))
