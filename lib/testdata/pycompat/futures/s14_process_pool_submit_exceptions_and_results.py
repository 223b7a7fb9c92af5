from concurrent.futures import ProcessPoolExecutor


def safe_div(a, b):
    return a / b


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        fs = [ex.submit(safe_div, 10, b) for b in (2, 0, 4)]
        for f in fs:
            e = f.exception(timeout=20)
            print(type(e).__name__ + ": " + str(e) if e else f.result())
