from concurrent.futures import ThreadPoolExecutor

class AppError(Exception):
    pass

def task(x):
    if x < 0:
        raise AppError("negative: %d" % x)
    return x

with ThreadPoolExecutor(max_workers=2) as ex:
    for x in (1, -1):
        f = ex.submit(task, x)
        try:
            print("result", f.result())
        except AppError as e:
            print("AppError", e, isinstance(f.exception(), AppError))
