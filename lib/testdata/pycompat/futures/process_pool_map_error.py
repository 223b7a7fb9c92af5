from concurrent.futures import ProcessPoolExecutor

def inv(x):
    return 10 // x

if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        it = ex.map(inv, [5, 2, 0, 1])
        out = []
        try:
            for r in it:
                out.append(r)
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)
        print(out)
        print(list(ex.map(inv, [1, 10])))
