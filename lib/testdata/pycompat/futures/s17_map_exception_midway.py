from concurrent.futures import ThreadPoolExecutor

def f(x):
    if x == 2:
        raise ZeroDivisionError("division by zero")
    return 10 // (x + 1)

with ThreadPoolExecutor(2) as ex:
    got = []
    try:
        for r in ex.map(f, range(5)):
            got.append(r)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e, got)
