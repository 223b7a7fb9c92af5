from concurrent.futures import ProcessPoolExecutor


def check(x):
    if x < 0:
        raise ValueError(f"negative: {x}")
    if x == 0:
        raise ZeroDivisionError("zero")
    return 100 // x


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        fs = [ex.submit(check, x) for x in (4, -1, 0, 50)]
        for f in fs:
            e = f.exception()
            print(type(e).__name__ if e else f.result(), str(e) if e else "")
