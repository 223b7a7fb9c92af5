from concurrent.futures import ThreadPoolExecutor

def f(x):
    if x == 2:
        raise KeyError(x)
    return x

with ThreadPoolExecutor(max_workers=2) as ex:
    try:
        print(list(ex.map(f, range(4))))
    except KeyError as e:
        print("KeyError:", e)
