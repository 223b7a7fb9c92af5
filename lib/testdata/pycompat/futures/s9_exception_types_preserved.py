from concurrent.futures import ThreadPoolExecutor

class AppError(Exception):
    pass

def boom(kind):
    if kind == 1:
        raise AppError("app failed")
    if kind == 2:
        raise ZeroDivisionError("division by zero")
    raise OSError("io")

with ThreadPoolExecutor(max_workers=1) as ex:
    for k in (1, 2, 3):
        e = ex.submit(boom, k).exception()
        print(type(e).__name__, e, isinstance(e, Exception))
