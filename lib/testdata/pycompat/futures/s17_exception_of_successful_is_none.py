from concurrent.futures import ThreadPoolExecutor

with ThreadPoolExecutor(2) as ex:
    fs = [ex.submit(divmod, 7, d) for d in (2, 0, 3)]
    for f in fs:
        e = f.exception(timeout=30)
        print(type(e).__name__ if e else None, f.result() if e is None else str(e))
