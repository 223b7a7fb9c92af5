from concurrent.futures import ProcessPoolExecutor


def check(x):
    if x == 5:
        raise ValueError("five is not allowed")
    return x * x


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(check, range(5), chunksize=2)))
        got = []
        try:
            for r in ex.map(check, range(8), chunksize=3):
                got.append(r)
        except ValueError as e:
            print("ValueError:", e, "after", got)
        print(list(ex.map(check, [], chunksize=4)))
        try:
            ex.map(check, [1], chunksize=0)
        except ValueError as e:
            print("chunksize 0:", e)
