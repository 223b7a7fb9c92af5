from concurrent.futures import ThreadPoolExecutor

class AppError(Exception):
    pass

def fails():
    raise AppError("disk full")

with ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(fails)
    e = f.exception()
    print(type(e).__name__, str(e), isinstance(e, AppError))
    try:
        f.result()
    except AppError as again:
        print(again is e)
