from concurrent.futures import ThreadPoolExecutor


def inv(x):
    return 10 // x


with ThreadPoolExecutor(3) as ex:
    it = ex.map(inv, [5, 2, 1, 0, 10])
    got = []
    try:
        for v in it:
            got.append(v)
    except ZeroDivisionError as e:
        print("stopped:", e)
    print(got)
    print(list(ex.map(inv, [1, 2, 5, 10])))
    print(list(ex.map(pow, [2, 3, 4], [5, 2])))
