from concurrent.futures import ProcessPoolExecutor


def div(a, b):
    return a // b


if __name__ == "__main__":
    ex = ProcessPoolExecutor(2)
    ok = ex.submit(div, 9, 2)
    bad = ex.submit(div, 1, 0)
    print(ok.result(timeout=60))
    try:
        bad.result(timeout=60)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    print(type(bad.exception()).__name__, ok.exception())
    ex.shutdown(wait=True)
    try:
        ex.submit(div, 1, 1)
    except RuntimeError as e:
        print("RuntimeError:", e)
