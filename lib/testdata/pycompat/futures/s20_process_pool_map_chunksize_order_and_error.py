from concurrent.futures import ProcessPoolExecutor


def cube(x):
    if x == 7:
        raise ArithmeticError("seven")
    return x ** 3


if __name__ == "__main__":
    with ProcessPoolExecutor(2) as ex:
        print(list(ex.map(cube, range(6), chunksize=4)))
        print(list(ex.map(cube, [], chunksize=3)))
        got = []
        try:
            for r in ex.map(cube, range(10), chunksize=3):
                got.append(r)
        except ArithmeticError as e:
            print("ArithmeticError:", e, got)
        try:
            ex.map(cube, [1], chunksize=0)
        except ValueError as e:
            print("ValueError:", e)
