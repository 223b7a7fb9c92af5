from concurrent.futures import ThreadPoolExecutor

def f(x):
    if x == 3:
        raise ZeroDivisionError("division by zero")
    return x

with ThreadPoolExecutor(max_workers=1) as ex:
    out = []
    try:
        for r in ex.map(f, range(6)):
            out.append(r)
    except ZeroDivisionError as e:
        print("error:", e)
    print(out)
